package vn.presswatch.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;

/** Index setup and bulk writing against a real embedded Elasticsearch node. */
class ElasticIT {
  @TempDir static Path home;
  static EmbeddedElasticsearch node;
  static ElasticsearchConnection connection;
  static IndexNames names = new IndexNames("itest");

  @BeforeAll
  static void start() throws IOException {
    node = EmbeddedElasticsearch.start(home, 0);
    connection = ElasticsearchConnection.open(
        new ElasticsearchOptions(List.of(node.httpUrl()), "", "", "", "", "itest"));
    IndexSetup.apply(connection.client(), names);
  }

  @AfterAll
  static void stop() throws IOException {
    connection.close();
    node.close();
  }

  private static byte[] article(String title, String publishedAt) {
    return ("{\"article_id\":\"a\",\"outlet\":\"nhandan\",\"title\":\"" + title + "\",\"published_at\":\""
        + publishedAt + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void setupIsIdempotentAndUsesThePrefix() throws IOException {
    IndexSetup.apply(connection.client(), names);
    ElasticsearchClient es = connection.client();
    assertThat(es.indices().existsIndexTemplate(t -> t.name("itest-articles")).value()).isTrue();
    assertThat(es.indices().exists(e -> e.index("itest-coverage")).value()).isTrue();
    assertThat(IndexSetup.templateJson("articles", names)).contains("\"itest-articles-*\"")
        .doesNotContain("\"presswatch-");
  }

  @Test
  void articlesLandInMonthlyIndicesBehindTheAliasAndFoldedSearchFindsThem() throws Exception {
    List<String> rejected = new ArrayList<>();
    BulkWriter writer = new BulkWriter(connection.client(), (op, status, reason) -> rejected.add(op.id()), 10, 2,
        Duration.ofMillis(10), d -> { });
    Instant may = Instant.parse("2019-05-31T18:00:00Z"); // already 1 June in Vietnam
    writer.add(new IndexOp(names.articlesIndexFor(may), "a1", article("Xây dựng Đảng trong sạch", may.toString())));
    writer.add(new IndexOp(names.articlesIndexFor(may), "a2", article("Giá xăng đang tăng", may.toString())));
    writer.flush();
    assertThat(rejected).isEmpty();
    assertThat(names.articlesIndexFor(may)).isEqualTo("itest-articles-2019.06");
    ElasticsearchClient es = connection.client();
    es.indices().refresh(r -> r.index(names.articles()));
    var folded = es.search(s -> s.index(names.articles())
        .query(q -> q.match(m -> m.field("title.folded").query("xay dung dang"))), ObjectNode.class);
    assertThat(folded.hits().hits()).extracting(h -> h.id()).contains("a1");
    var exact = es.search(s -> s.index(names.articles())
        .query(q -> q.match(m -> m.field("title").query("Đảng"))), ObjectNode.class);
    assertThat(exact.hits().hits()).extracting(h -> h.id()).containsExactly("a1");
  }

  @Test
  void countOrMissingTellsAMissingIndexFromAnEmptyOne() throws IOException {
    assertThat(connection.countOrMissing("itest-no-such-index")).isEqualTo(-1);
    connection.client().indices().refresh(r -> r.index(names.coverage()));
    long before = connection.countOrMissing(names.coverage());
    assertThat(before).isGreaterThanOrEqualTo(0);
    connection.client().index(i -> i.index(names.coverage()).id("counted").document(java.util.Map.of("articles", 1)));
    connection.client().indices().refresh(r -> r.index(names.coverage()));
    assertThat(connection.countOrMissing(names.coverage())).isEqualTo(before + 1);
  }

  @Test
  void aLaterVersionInTheSameBatchReplacesTheEarlierOne() throws Exception {
    BulkWriter writer = new BulkWriter(connection.client(), (op, status, reason) -> { }, 100, 2,
        Duration.ofMillis(10), d -> { });
    writer.add(new IndexOp(names.coverage(), "row", "{\"articles\":1}".getBytes(StandardCharsets.UTF_8)));
    writer.add(new IndexOp(names.coverage(), "row", "{\"articles\":2}".getBytes(StandardCharsets.UTF_8)));
    assertThat(writer.buffered()).isEqualTo(1);
    writer.flush();
    GetResponse<ObjectNode> doc = connection.client().get(g -> g.index(names.coverage()).id("row"), ObjectNode.class);
    assertThat(doc.source().get("articles").asInt()).isEqualTo(2);
  }

  @Test
  void aDocumentTheMappingRejectsGoesToFailedDocumentsAndTheRestIsWritten() throws Exception {
    List<String> rejected = new ArrayList<>();
    BulkWriter writer = new BulkWriter(connection.client(), (op, status, reason) -> rejected.add(op.id() + " "
        + status + " " + reason), 10, 2, Duration.ofMillis(10), d -> { });
    writer.add(new IndexOp(names.coverage(), "good", "{\"articles\":3}".getBytes(StandardCharsets.UTF_8)));
    writer.add(new IndexOp(names.coverage(), "bad", "{\"articles\":\"many\"}".getBytes(StandardCharsets.UTF_8)));
    writer.flush();
    assertThat(rejected).singleElement().asString().startsWith("bad 400 document_parsing_exception");
    assertThat(writer.indexed()).isEqualTo(1);
    assertThat(writer.rejected()).isEqualTo(1);
  }

  @Test
  void anUnreachableClusterFailsTheFlushAfterTheRetriesAndKeepsTheDocuments() throws Exception {
    List<Duration> waits = new ArrayList<>();
    try (ElasticsearchConnection down = ElasticsearchConnection.open(ElasticsearchOptions.local("http://127.0.0.1:9"))) {
      BulkWriter writer = new BulkWriter(down.client(), (op, s, r) -> { }, 10, 3, Duration.ofMillis(100),
          waits::add);
      writer.add(new IndexOp(names.coverage(), "x", "{}".getBytes(StandardCharsets.UTF_8)));
      assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessageContaining("after 3 retries");
      assertThat(writer.buffered()).isEqualTo(1);
      assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }
  }
}
