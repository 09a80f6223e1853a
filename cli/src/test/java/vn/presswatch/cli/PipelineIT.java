package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.core.Topics;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.json.Json;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.processing.document.CoverageDocument;
import vn.presswatch.processing.jobs.CoverageJobConfig;
import vn.presswatch.processing.model.CoverageRow;

/**
 * End to end on the real embedded stack: articles produced to Kafka are classified and counted on a Flink
 * MiniCluster and read back from a real Elasticsearch node with the official client.
 */
class PipelineIT {
  static final String PLAN = "205-KH/BTCTW";
  static final Path PLAN_FILE = Path.of("../config/plans/205-KH-BTCTW-2019.yaml");
  /** 00:30 on 29 May 2019 in Vietnam, still 28 May in UTC. */
  static final Instant EARLY_29_MAY = Instant.parse("2019-05-28T17:30:00Z");

  @TempDir static Path home;
  static Pipeline pipeline;
  static ElasticsearchClient es;

  static Article article(String outlet, String slug, String title, String lead, String text, String duplicateOf) {
    return article(outlet, slug, title, lead, text, duplicateOf, EARLY_29_MAY);
  }

  static Article article(String outlet, String slug, String title, String lead, String text, String duplicateOf,
      Instant published) {
    String url = "https://" + outlet + ".vn/" + slug + ".html";
    return new Article(Article.SCHEMA_VERSION, ArticleIds.forUrl(url), outlet, url, url, title, lead, text, null,
        null, List.of(), "vi", published, null, published, null, duplicateOf, null);
  }

  static final Article IDEOLOGY = article("nhandan", "bao-ve-nen-tang",
      "Kiên quyết bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
      "Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.",
      "Các cấp ủy đảng đã quán triệt Nghị quyết 35-NQ/TW, chủ động đấu tranh phản bác các quan điểm sai trái, "
          + "thù địch, những luận điệu xuyên tạc chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh trên không gian mạng. "
          + "Lực lượng bảo vệ nền tảng tư tưởng của Đảng được kiện toàn ở các cấp.",
      null);
  static final Article FUEL = article("nhandan", "gia-xang", "Giá xăng giảm nhẹ từ chiều nay",
      "Liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu.",
      "Giá xăng E5 RON92 giảm 300 đồng mỗi lít, giá dầu diesel giữ nguyên. Các cửa hàng xăng dầu đang áp dụng "
          + "giá mới từ 15 giờ.", null);
  static final Article FUEL_REWRITTEN = article("nhandan", "gia-xang",
      "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "Tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với Nghị quyết Trung ương 4 khóa XII.",
      "Các chi bộ đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt định kỳ; "
          + "cán bộ, đảng viên thực hiện Quy định 08-QĐi/TW về trách nhiệm nêu gương.", null);
  static final Article STAFF_CUTS = article("vov", "tinh-gian-bien-che",
      "Tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
      "Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị về tinh giản biên chế.",
      "Các bộ, ngành và địa phương đã tinh giản biên chế theo Nghị quyết 39-NQ/TW, cơ cấu lại đội ngũ cán bộ, "
          + "công chức, viên chức, bảo đảm tỷ lệ tinh giản tối thiểu 10% so với năm 2015.", null);
  static final Article SYNDICATED = article("baotintuc", "bao-ve-nen-tang", IDEOLOGY.title(), IDEOLOGY.lead(),
      IDEOLOGY.text(), IDEOLOGY.id());

  @BeforeAll
  static void startAndFeed() throws Exception {
    Settings settings = Settings.defaults().with(Map.of(
        "monitor.home", home.toString(),
        "flink.checkpoint-interval", "PT1S",
        "flink.sink-flush-interval", "PT0.2S"), "test");
    pipeline = Pipeline.start(settings, List.of(PLAN_FILE), Path.of("src/test/resources/it-outlets.yaml"),
        Path.of("unused-for-embedded.jar"));
    es = pipeline.elasticsearch().client();
    try (KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(), "", Map.of())) {
      for (Article a : List.of(IDEOLOGY, FUEL, STAFF_CUTS, SYNDICATED)) {
        sink.article(a);
      }
      sink.flush();
      // The fuel story is later re-published by the same URL with a Party-building text.
      sink.article(FUEL_REWRITTEN);
      sink.flush();
    }
    Properties p = new Properties();
    p.put("bootstrap.servers", pipeline.stack().kafka());
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(p, new ByteArraySerializer(),
        new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(Topics.ARTICLES, "x".getBytes(StandardCharsets.UTF_8),
          "{not an article".getBytes(StandardCharsets.UTF_8))).get();
    }
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      PipelineStatus s = status();
      return s.pipeline().get("processing_lag") == 0 && s.pipeline().get("articles_processed") == 6;
    });
    es.indices().refresh(r -> r.index("presswatch-*"));
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  static PipelineStatus status() {
    return PipelineStatus.collect(pipeline.stack().kafka(), "", CoverageJobConfig.LIVE_GROUP, pipeline.elasticsearch());
  }

  static JsonNode coverage(String outlet, String theme) throws Exception {
    String id = CoverageDocument.id(new CoverageRow(PLAN, outlet, 18045, theme, 0, 0, 0, 0, 0));
    GetResponse<ObjectNode> doc = es.get(g -> g.index("presswatch-coverage").id(id), ObjectNode.class);
    assertThat(doc.found()).as("coverage document %s/%s", outlet, theme).isTrue();
    return doc.source();
  }

  @Test
  void everyArticleIsIndexedOnceUnderItsIdWithItsThemesAndVietnameseDay() throws Exception {
    assertThat(status().pipeline().get("articles_indexed")).isEqualTo(4);
    GetResponse<ObjectNode> doc = es.get(g -> g.index("presswatch-articles-2019.05").id(IDEOLOGY.id()),
        ObjectNode.class);
    JsonNode source = doc.source();
    assertThat(source.get("day").asText()).isEqualTo("2019-05-29");
    assertThat(source.get("outlet_name").asText()).isEqualTo("Báo Nhân Dân");
    assertThat(source.get("theme_ids")).extracting(JsonNode::asText).contains("1.1");
    assertThat(source.get("themes").get(0).get("evidence")).isNotEmpty();
  }

  @Test
  void countsAreKeptPerOutletThemeAndVietnameseDay() throws Exception {
    JsonNode ideology = coverage("nhandan", "1.1");
    assertThat(ideology.get("day").asText()).isEqualTo("2019-05-29");
    assertThat(ideology.get("articles").asInt()).isEqualTo(1);
    assertThat(ideology.get("title_hits").asInt()).isEqualTo(1);
    assertThat(ideology.get("theme_kind").asText()).isEqualTo("focal");
    assertThat(coverage("vov", "2.5").get("articles").asInt()).isEqualTo(1);
  }

  @Test
  void anUpdatedArticleReplacesItsEarlierVersionAndNeverCountsTwice() throws Exception {
    JsonNode ethics = coverage("nhandan", "1.3");
    assertThat(ethics.get("articles").asInt()).isEqualTo(1);
    assertThat(ethics.get("outlet_articles").asInt()).isEqualTo(2);
    assertThat(coverage("nhandan", "1.1").get("share").asDouble()).isEqualTo(0.5);
    GetResponse<ObjectNode> doc = es.get(g -> g.index("presswatch-articles-2019.05").id(FUEL.id()), ObjectNode.class);
    assertThat(doc.source().get("title").asText()).isEqualTo(FUEL_REWRITTEN.title());
  }

  @Test
  void syndicatedCopiesCountForTheirOutletAndAreFlagged() throws Exception {
    JsonNode copy = coverage("baotintuc", "1.1");
    assertThat(copy.get("articles").asInt()).isEqualTo(1);
    assertThat(copy.get("syndicated").asInt()).isEqualTo(1);
  }

  @Test
  void articlesAreKeptForeverWhateverTheirPublicationTime() throws Exception {
    try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
        Map.of("bootstrap.servers", pipeline.stack().kafka()))) {
      var resource = new org.apache.kafka.common.config.ConfigResource(
          org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.ARTICLES);
      var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
      assertThat(config.get("retention.ms").value()).isEqualTo("-1");
      assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
    }
  }

  @Test
  void aBrokenRecordIsDeadLetteredWithItsReasonAndTheRestFlowsOn() {
    Properties p = new Properties();
    p.put("bootstrap.servers", pipeline.stack().kafka());
    p.put("group.id", "it-dead-letters");
    p.put("auto.offset.reset", "earliest");
    List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.DEAD_LETTER));
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        consumer.poll(Duration.ofMillis(500)).forEach(letters::add);
        return !letters.isEmpty();
      });
    }
    assertThat(letters).singleElement().satisfies(r -> {
      JsonNode letter = Json.mapper().readTree(r.value());
      assertThat(letter.get("stage").asText()).isEqualTo("process");
      assertThat(letter.get("detail").asText()).startsWith("not an article JSON record");
      assertThat(letter.get("payload").asText()).isEqualTo("{not an article");
    });
  }
}
