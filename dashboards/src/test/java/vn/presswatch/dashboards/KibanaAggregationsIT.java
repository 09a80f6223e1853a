package vn.presswatch.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.dashboards.TestDocuments.article;
import static vn.presswatch.dashboards.TestDocuments.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.elastic.IndexSetup;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;

/**
 * Runs what each Kibana panel asks of Elasticsearch on the embedded node, with the index templates installed and
 * documents shaped like the pipeline's: every Lens layer becomes the aggregation Kibana would send (terms, date
 * histograms, sums, maxima, counts, last values), every saved search its sorted search, and a theme drill-down's
 * saved query applies to panels of both data views. This proves the fields are aggregatable in a real node and the
 * panels show the expected numbers, not only that the NDJSON is well formed.
 */
class KibanaAggregationsIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PLAN = "205-KH/BTCTW";
  static final Pattern KQL_TERM = Pattern.compile("(\\S+) : \"([^\"]+)\"");

  @TempDir static Path home;
  static EmbeddedElasticsearch node;
  static final Map<String, JsonNode> objects = new LinkedHashMap<>();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void indexDocuments() throws Exception {
    for (String line : Files.readAllLines(KibanaSavedObjectsTest.SAVED_OBJECTS)) {
      JsonNode o = JSON.readTree(line);
      objects.put(o.path("type").asText() + "/" + o.path("id").asText(), o);
    }
    node = EmbeddedElasticsearch.start(home.resolve("es"), 0);
    try (ElasticsearchConnection connection =
        ElasticsearchConnection.open(ElasticsearchOptions.local(node.httpUrl()))) {
      IndexNames names = connection.indexNames();
      IndexSetup.apply(connection.client(), names);
      coverage(connection.client(), names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2019-01-15", 5, 2);
      coverage(connection.client(), names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2019-03-10", 3, 1);
      coverage(connection.client(), names, PLAN, "nhandan", "Nhân Dân", "2.5", "regular", "2019-04-01", 2, 0);
      coverage(connection.client(), names, PLAN, "tuoitre", "Tuổi Trẻ", "1.1", "focal", "2019-06-30", 4, 0);
      article(connection.client(), names, "a1", "2019-02-03", Map.of("outlet", "nhandan", "outlet_name", "Nhân Dân",
          "url", "https://nhandan.vn/a1", "title", "Bảo vệ nền tảng tư tưởng của Đảng",
          "theme_keys", List.of(PLAN + ":1.1"),
          "themes", List.of(Map.of("plan", PLAN, "id", "1.1", "key", PLAN + ":1.1", "evidence", List.of(
              Map.of("phrase", "bảo vệ nền tảng tư tưởng của Đảng", "field", "title", "count", 1),
              Map.of("phrase", "35-NQ/TW", "field", "body", "count", 2))))));
      article(connection.client(), names, "a2", "2019-04-02", Map.of("outlet", "nhandan", "outlet_name", "Nhân Dân",
          "url", "https://nhandan.vn/a2", "title", "Tinh giản biên chế",
          "theme_keys", List.of(PLAN + ":2.5"),
          "themes", List.of(Map.of("plan", PLAN, "id", "2.5", "key", PLAN + ":2.5", "evidence", List.of(
              Map.of("phrase", "tinh giản biên chế", "field", "title", "count", 1))))));
      // A source-health document and a dead letter as IndexOperationalRecord writes them.
      connection.client().index(i -> i.index(names.sources()).id("s1").document(Map.of("source",
          "nhandan https://nhandan.vn/rss", "outlet", "nhandan", "feed", "https://nhandan.vn/rss", "flag", "FAILING",
          "last_success", "2019-06-01T00:00:00Z", "last_error", "http-503", "last_error_at", "2019-06-02T00:00:00Z",
          "consecutive_failures", 4, "items_per_day", 12.5, "updated_at", "2019-06-02T00:00:00Z")));
      connection.client().index(i -> i.index(names.deadLetter()).id("d1").document(Map.of("stage", "extract",
          "reason", "no-body", "detail", "no main content", "source", "nhandan", "url", "https://nhandan.vn/x",
          "at", "2019-06-02T00:00:00Z")));
      connection.client().indices().refresh(r -> r.index(names.prefix() + "-*"));
    }
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void everyLensLayerRunsOnItsIndexAndReturnsRows() throws Exception {
    for (JsonNode lens : objects.values()) {
      String id = lens.path("id").asText();
      if (lens.path("type").asText().equals("lens")) {
        List<Map<String, Object>> rows = rows(lens, null);
        // The data set has evidence for themes 1.1 and 2.5 only; the other evidence panels run but stay empty.
        if (!id.startsWith("pw-evidence-") || id.endsWith("-1-1") || id.endsWith("-2-5")) {
          assertThat(rows).as(id).isNotEmpty();
        }
      }
    }
  }

  @Test
  void theHeatmapSumsArticlesPerOutletAndThemeKey() throws Exception {
    assertThat(rows(objects.get("lens/pw-outlet-theme-heatmap"), null))
        .contains(Map.of("theme", PLAN + ":1.1", "outlet", "Nhân Dân", "value", 8.0))
        .contains(Map.of("theme", PLAN + ":2.5", "outlet", "Nhân Dân", "value", 2.0))
        .contains(Map.of("theme", PLAN + ":1.1", "outlet", "Tuổi Trẻ", "value", 4.0));
    // The theme labels of the data view are keyed on the values the job writes.
    String formats = objects.get("index-pattern/presswatch-coverage").at("/attributes/fieldFormatMap").asText();
    assertThat(formats).contains("\"key\":\"" + PLAN + ":1.1\"", "\"key\":\"" + PLAN + ":2.5\"");
  }

  @Test
  void aThemeDrillDownShowsOnlyItsThemeInPanelsOfBothDataViews() throws Exception {
    JsonNode dashboard = objects.get("dashboard/pw-theme-205-kh-btctw-1-1");
    String kql = JSON.readTree(dashboard.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON").asText())
        .at("/query/query").asText();
    assertThat(rows(objects.get("lens/pw-articles-by-outlet"), kql))
        .containsExactly(Map.of("outlet", "Nhân Dân", "articles", 8.0), Map.of("outlet", "Tuổi Trẻ", "articles", 4.0));
    // Only the phrases of 1.1 appear, though a2's evidence for 2.5 sits in the same index.
    assertThat(rows(objects.get("lens/pw-evidence-205-kh-btctw-1-1"), kql)).containsExactlyInAnyOrder(
        Map.of("phrase", "bảo vệ nền tảng tư tưởng của Đảng", "articles", 1L),
        Map.of("phrase", "35-NQ/TW", "articles", 1L));
    JsonNode hits = search(objects.get("search/pw-article-list"), kql);
    assertThat(hits.findValuesAsText("_id")).containsExactly("a1");
    assertThat(hits.at("/0/_source/url").asText()).isEqualTo("https://nhandan.vn/a1");
  }

  @Test
  void sourceHealthShowsTheLastFlagAndErrorPerFeedAndDeadLettersByReason() throws Exception {
    Map<String, Object> row = rows(objects.get("lens/pw-sources-table"), null).get(0);
    assertThat(row).containsEntry("outlet", "nhandan").containsEntry("flag", "FAILING")
        .containsEntry("last_error", "http-503").containsEntry("failures", 4.0)
        .containsEntry("last_success", "2019-06-01T00:00:00Z");
    assertThat(rows(objects.get("lens/pw-dead-letters-by-reason"), null))
        .containsExactly(Map.of("stage", "extract", "reason", "no-body", "source", "nhandan", "records", 1L));
    assertThat(search(objects.get("search/pw-dead-letter-list"), "").at("/0/_source/url").asText())
        .isEqualTo("https://nhandan.vn/x");
  }

  // ---- what Kibana sends for a Lens layer and a saved search ----

  /** The rows a Lens table of {@code lens} would show, column id → value, under the KQL {@code kql}. */
  private List<Map<String, Object>> rows(JsonNode lens, String kql) throws Exception {
    JsonNode layer = lens.at("/attributes/state/datasourceStates/formBased/layers/layer1");
    List<String> buckets = new ArrayList<>();
    List<String> metrics = new ArrayList<>();
    layer.path("columnOrder").forEach(c -> (layer.at("/columns/" + c.asText() + "/isBucketed").asBoolean()
        ? buckets : metrics).add(c.asText()));
    ObjectNode body = JSON.createObjectNode().put("size", 0);
    body.set("query", query(kql));
    // Every bucket level gets the metrics, so that any level can be ordered by one.
    ObjectNode level = body;
    for (String b : buckets) {
      ObjectNode agg = aggs(level).putObject(b);
      bucketAgg(agg, layer.path("columns"), layer.at("/columns/" + b));
      metricAggs(agg, metrics, layer.path("columns"));
      level = agg;
    }
    if (buckets.isEmpty()) {
      metricAggs(body, metrics, layer.path("columns"));
    }
    JsonNode response = post(index(lens, "indexpattern-datasource-layer-layer1") + "/_search", body);
    List<Map<String, Object>> rows = new ArrayList<>();
    collect(response.path("aggregations"), buckets, 0, metrics, layer.path("columns"), new HashMap<>(), rows);
    return rows;
  }

  private static void metricAggs(ObjectNode parent, List<String> metrics, JsonNode columns) {
    ObjectNode aggs = aggs(parent);
    for (String m : metrics) {
      JsonNode column = columns.path(m);
      String field = column.path("sourceField").asText();
      switch (column.path("operationType").asText()) {
        case "sum", "max" -> aggs.putObject(m).putObject(column.path("operationType").asText()).put("field", field);
        case "last_value" -> {
          ObjectNode top = aggs.putObject(m).putObject("top_hits").put("size", 1);
          top.putArray("sort").addObject().put(column.at("/params/sortField").asText(), "desc");
          top.putArray("_source").add(field);
        }
        case "count" -> { }
        default -> throw new AssertionError("no translation for " + column);
      }
    }
  }

  private static ObjectNode aggs(ObjectNode parent) {
    return parent.has("aggs") ? (ObjectNode) parent.get("aggs") : parent.putObject("aggs");
  }

  private static void bucketAgg(ObjectNode agg, JsonNode columns, JsonNode column) {
    String field = column.path("sourceField").asText();
    if (column.path("operationType").asText().equals("date_histogram")) {
      String interval = column.at("/params/interval").asText();
      ObjectNode histogram = agg.putObject("date_histogram").put("field", field);
      histogram.put("calendar_interval", interval.equals("M") ? "month" : "day");
      return;
    }
    ObjectNode terms = agg.putObject("terms").put("field", field).put("size", column.at("/params/size").asInt());
    JsonNode orderBy = column.at("/params/orderBy");
    String orderKey = "_key";
    if (orderBy.path("type").asText().equals("column")) {
      String metric = orderBy.path("columnId").asText();
      orderKey = columns.at("/" + metric + "/operationType").asText().equals("count") ? "_count" : metric;
    }
    terms.putObject("order").put(orderKey, column.at("/params/orderDirection").asText());
    if (column.at("/params/include").isArray()) {
      terms.set("include", column.at("/params/include"));
    }
  }

  private static void collect(JsonNode aggs, List<String> buckets, int depth, List<String> metrics, JsonNode columns,
      Map<String, Object> row, List<Map<String, Object>> rows) {
    if (depth == buckets.size()) {
      Map<String, Object> complete = new HashMap<>(row);
      for (String m : metrics) {
        switch (columns.at("/" + m + "/operationType").asText()) {
          case "count" -> complete.put(m, aggs.path("doc_count").asLong());
          case "last_value" -> complete.put(m, aggs.at("/" + m + "/hits/hits/0/_source/"
              + columns.at("/" + m + "/sourceField").asText()).asText());
          default -> complete.put(m, aggs.at("/" + m + "/value").asDouble());
        }
      }
      rows.add(complete);
      return;
    }
    String b = buckets.get(depth);
    for (JsonNode bucket : aggs.at("/" + b + "/buckets")) {
      if (bucket.path("doc_count").asLong() == 0) {
        continue;
      }
      row.put(b, bucket.has("key_as_string") ? bucket.path("key_as_string").asText() : bucket.path("key").asText());
      collect(bucket, buckets, depth + 1, metrics, columns, row, rows);
    }
  }

  private JsonNode search(JsonNode search, String kql) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.set("query", query(kql));
    JsonNode sort = search.at("/attributes/sort/0");
    body.putArray("sort").addObject().put(sort.path(0).asText(), sort.path(1).asText());
    ArrayNode source = body.putArray("_source");
    search.at("/attributes/columns").forEach(source::add);
    return post(index(search, "kibanaSavedObjectMeta.searchSourceJSON.index") + "/_search", body).at("/hits/hits");
  }

  /** The drill-down's KQL, {@code a : "x" or b : "x"}, as the bool query Kibana makes of it. */
  private static JsonNode query(String kql) {
    ObjectNode query = JSON.createObjectNode();
    if (kql == null || kql.isBlank()) {
      query.putObject("match_all");
      return query;
    }
    ArrayNode should = query.putObject("bool").put("minimum_should_match", 1).putArray("should");
    Matcher term = KQL_TERM.matcher(kql);
    while (term.find()) {
      should.addObject().putObject("match_phrase").put(term.group(1), term.group(2));
    }
    assertThat(should).as(kql).hasSize(2);
    return query;
  }

  private String index(JsonNode object, String refName) {
    for (JsonNode ref : object.path("references")) {
      if (ref.path("name").asText().equals(refName)) {
        return objects.get("index-pattern/" + ref.path("id").asText()).at("/attributes/title").asText();
      }
    }
    throw new AssertionError(object.path("id") + " has no " + refName);
  }

  private static JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + "/" + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " " + body + " → " + response.body()).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.at("/_shards/failed").asInt()).as(response.body()).isZero();
    return json;
  }
}
