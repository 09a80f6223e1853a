package vn.presswatch.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
 * Runs every query marked {@code <!-- query: NAME index=INDEX -->} in {@code docs/analyst-guide.md} as written,
 * over HTTP, against the {@link AnalystDataSet}, and checks the answer each one gives, so the guide cannot drift
 * from the index templates.
 */
class AnalystGuideIT {
  static final Path GUIDE = Path.of("../docs/analyst-guide.md");
  static final Pattern MARKED = Pattern.compile("<!-- query: (\\S+) index=(\\S+) -->\\s*```json\\n(.*?)```",
      Pattern.DOTALL);
  /** What each query must answer: JSON pointers into the search response and their expected text. */
  static final Map<String, Map<String, String>> EXPECTED = Map.of(
      "coverage-by-outlet", Map.of("/aggregations/outlets/buckets/0/key", "nhandan",
          "/aggregations/outlets/buckets/0/articles/value", "8.0",
          "/aggregations/outlets/buckets/0/title_hits/value", "3.0",
          "/aggregations/outlets/buckets/1/key", "tuoitre", "/aggregations/outlets/buckets/1/articles/value", "4.0",
          "/aggregations/outlets/buckets/2/key", ""),
      "coverage-by-month", Map.of("/aggregations/months/buckets/0/key_as_string", "2019-01",
          "/aggregations/months/buckets/0/articles/value", "5.0",
          "/aggregations/months/buckets/1/key_as_string", "2019-03",
          "/aggregations/months/buckets/2/key_as_string", "2019-06",
          "/aggregations/months/buckets/3/key_as_string", "2019-07",
          "/aggregations/months/buckets/3/articles/value", "100.0", "/aggregations/months/buckets/4/key_as_string", ""),
      "citing-document", Map.of("/hits/total/value", "2", "/hits/hits/0/_id", "a2", "/hits/hits/1/_id", "a1"),
      "gaps", Map.of("/aggregations/outlets/buckets/0/key", "nhandan",
          "/aggregations/outlets/buckets/0/covered/doc_count", "1",
          "/aggregations/outlets/buckets/1/key", "tuoitre", "/aggregations/outlets/buckets/1/covered/doc_count", "0",
          "/aggregations/outlets/buckets/2/key", "vov", "/aggregations/outlets/buckets/2/covered/doc_count", "0"),
      "search-folded", Map.of("/hits/total/value", "2", "/hits/hits/0/_id", "a1", "/hits/hits/1/_id", "a3"));

  @TempDir static Path home;
  static EmbeddedElasticsearch node;
  static IndexNames names;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void indexDataSet() throws Exception {
    node = EmbeddedElasticsearch.start(home.resolve("es"), 0);
    try (ElasticsearchConnection connection =
        ElasticsearchConnection.open(ElasticsearchOptions.local(node.httpUrl()))) {
      names = connection.indexNames();
      IndexSetup.apply(connection.client(), names);
      AnalystDataSet.index(connection.client(), names);
    }
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void everyMarkedQueryAnswersAsDocumented() throws Exception {
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    Matcher marked = MARKED.matcher(Files.readString(GUIDE));
    HttpClient http = HttpClient.newHttpClient();
    while (marked.find()) {
      String index = switch (marked.group(2)) {
        case "coverage" -> names.coverage();
        case "articles" -> names.articles();
        case "sources" -> names.sources();
        default -> throw new AssertionError("unknown index " + marked.group(2) + " for " + marked.group(1));
      };
      HttpRequest request = HttpRequest.newBuilder(URI.create(node.httpUrl() + "/" + index + "/_search"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(marked.group(3))).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(marked.group(1) + ": " + response.body()).isEqualTo(200);
      answers.put(marked.group(1), JSON.readTree(response.body()));
    }

    assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    EXPECTED.forEach((query, pointers) -> pointers.forEach((pointer, value) ->
        assertThat(answers.get(query).at(pointer).asText()).as(query + " " + pointer).isEqualTo(value)));
  }
}
