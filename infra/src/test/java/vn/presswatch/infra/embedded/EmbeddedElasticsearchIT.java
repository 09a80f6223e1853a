package vn.presswatch.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded node answers the official Java client like a production cluster would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedElasticsearchIT {

  private static final String INDEX = "articles-it";

  /** One analyzer and one normalizer folding Vietnamese, as the production index template does. */
  private static final String INDEX_BODY =
      """
      {
        "settings": {
          "number_of_shards": 1,
          "analysis": {
            "filter": {
              "folding_keep": { "type": "asciifolding", "preserve_original": true }
            },
            "analyzer": {
              "folded": { "tokenizer": "standard", "filter": ["lowercase", "asciifolding"] },
              "folded_keep": { "tokenizer": "standard", "filter": ["lowercase", "folding_keep"] }
            },
            "normalizer": {
              "folded": { "type": "custom", "filter": ["lowercase", "asciifolding"] }
            }
          }
        },
        "mappings": {
          "properties": {
            "title": {
              "type": "text",
              "fields": {
                "folded": { "type": "text", "analyzer": "folded" },
                "exact": { "type": "keyword" }
              }
            },
            "outlet": { "type": "keyword", "normalizer": "folded" },
            "published": { "type": "date" },
            "views": { "type": "long" }
          }
        }
      }
      """;

  @TempDir static Path home;

  private static EmbeddedElasticsearch node;
  private static RestClient restClient;
  private static ElasticsearchClient client;

  @BeforeAll
  static void startNode() {
    connect(EmbeddedElasticsearch.start(home, 0));
  }

  @AfterAll
  static void stopNode() throws IOException {
    disconnect();
  }

  private static void connect(EmbeddedElasticsearch started) {
    node = started;
    restClient = RestClient.builder(HttpHost.create(node.httpUrl())).build();
    client = new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
  }

  private static void disconnect() throws IOException {
    if (restClient != null) {
      restClient.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void infoAndPingDescribeTheNode() throws IOException {
    InfoResponse info = client.info();

    assertThat(client.ping().value()).isTrue();
    assertThat(info.version().number()).isEqualTo("8.19.21");
    assertThat(info.clusterName()).isEqualTo(EmbeddedElasticsearch.CLUSTER_NAME);
    assertThat(info.clusterUuid()).isNotBlank().isNotEqualTo("_na_");
    assertThat(info.tagline()).isEqualTo("You Know, for Search");
    assertThat(node.httpUrl()).isEqualTo("http://127.0.0.1:" + node.httpPort());
  }

  @Test
  @Order(2)
  void foldingAnalyzerLowercasesAndStripsVietnameseMarks() throws IOException {
    createIndex();

    AnalyzeResponse folded =
        client.indices().analyze(a -> a.index(INDEX).analyzer("folded").text("Đội tuyển BÓNG ĐÁ"));
    AnalyzeResponse kept =
        client.indices().analyze(a -> a.index(INDEX).analyzer("folded_keep").text("Đảng"));

    assertThat(folded.tokens()).extracting(AnalyzeToken::token).containsExactly("doi", "tuyen", "bong", "da");
    assertThat(kept.tokens()).extracting(AnalyzeToken::token).containsExactly("dang", "đảng");
  }

  @Test
  @Order(3)
  void foldedQueryFindsAccentedTitleWhileExactFieldKeepsTheMarks() throws IOException {
    index("1", Map.of("title", "Đảng Cộng sản Việt Nam", "outlet", "Nhân Dân", "published", "2019-05-28T17:30:00Z"));
    index("2", Map.of("title", "đang cập nhật", "outlet", "VnExpress", "published", "2019-05-28T16:30:00Z"));

    assertThat(idsMatching("title.folded", "dang cong san")).containsExactly("1");
    assertThat(idsMatching("title.folded", "DANG")).containsExactlyInAnyOrder("1", "2");
    assertThat(idsMatching("title", "Đảng")).containsExactly("1");
    assertThat(termIds("title.exact", "Đảng Cộng sản Việt Nam")).containsExactly("1");
    assertThat(termIds("title.exact", "đang Cộng sản Việt Nam")).isEmpty();
    assertThat(termIds("outlet", "NHAN DAN")).containsExactly("1");
  }

  @Test
  @Order(4)
  @SuppressWarnings("unchecked")
  void docAsUpsertCreatesThenMerges() throws IOException {
    client.update(
        u -> u.index(INDEX).id("3").doc(Map.of("title", "Bóng đá", "views", 1)).docAsUpsert(true).refresh(Refresh.True),
        Map.class);
    client.update(
        u -> u.index(INDEX).id("3").doc(Map.of("views", 2)).docAsUpsert(true).refresh(Refresh.True),
        Map.class);

    Map<String, Object> source = client.get(g -> g.index(INDEX).id("3"), Map.class).source();

    assertThat(source).containsEntry("title", "Bóng đá").containsEntry("views", 2);
  }

  @Test
  @Order(5)
  void dateHistogramBucketsByVietnamDay() throws IOException {
    SearchResponse<Void> response =
        client.search(
            s ->
                s.index(INDEX)
                    .size(0)
                    .query(q -> q.exists(e -> e.field("published")))
                    .aggregations(
                        "days",
                        a ->
                            a.dateHistogram(
                                h ->
                                    h.field("published")
                                        .calendarInterval(CalendarInterval.Day)
                                        .timeZone("Asia/Ho_Chi_Minh")
                                        .format("yyyy-MM-dd"))),
            Void.class);

    List<DateHistogramBucket> buckets = response.aggregations().get("days").dateHistogram().buckets().array();

    // 17:30Z is 00:30 on the 29th in Hanoi; 16:30Z is 23:30 on the 28th.
    assertThat(buckets)
        .extracting(DateHistogramBucket::keyAsString, DateHistogramBucket::docCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2019-05-28", 1L),
            org.assertj.core.groups.Tuple.tuple("2019-05-29", 1L));
  }

  @Test
  @Order(6)
  void aSecondNodeOnTheSameHomeFailsWithTheHomeInTheMessageAndLeavesTheFirstRunning() throws IOException {
    assertThatThrownBy(() -> EmbeddedElasticsearch.start(home, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Embedded Elasticsearch failed to start with home " + home.toAbsolutePath());

    assertThat(client.count(c -> c.index(INDEX)).count()).isEqualTo(3);
  }

  @Test
  @Order(7)
  void aPortInUseIsRefusedBeforeAnythingStarts() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> EmbeddedElasticsearch.start(home.resolve("unused"), taken.getLocalPort()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Elasticsearch HTTP port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
    }
  }

  @Test
  @Order(8)
  void documentsAndClusterSurviveARestartOnTheSameHome() throws IOException {
    String clusterUuid = client.info().clusterUuid();
    disconnect();

    connect(EmbeddedElasticsearch.start(home, 0));

    assertThat(client.info().clusterUuid()).isEqualTo(clusterUuid);
    assertThat(client.count(c -> c.index(INDEX)).count()).isEqualTo(3);
    assertThat(idsMatching("title.folded", "dang cong san")).containsExactly("1");
  }

  private static void createIndex() throws IOException {
    client.indices().create(c -> c.index(INDEX).withJson(new StringReader(INDEX_BODY)));
  }

  private static void index(String id, Map<String, Object> document) throws IOException {
    client.index(i -> i.index(INDEX).id(id).document(document).refresh(Refresh.True));
  }

  private static List<String> idsMatching(String field, String text) throws IOException {
    return client.search(s -> s.index(INDEX).query(q -> q.match(m -> m.field(field).query(text).operator(Operator.And))), Void.class)
        .hits().hits().stream().map(h -> h.id()).toList();
  }

  private static List<String> termIds(String field, String value) throws IOException {
    return client.search(s -> s.index(INDEX).query(q -> q.term(t -> t.field(field).value(value))), Void.class)
        .hits().hits().stream().map(h -> h.id()).toList();
  }
}
