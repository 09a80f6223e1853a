package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.presswatch.cli.SampleArticles.article;

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

  static final Article IDEOLOGY = article("nhandan", "bao-ve-nen-tang", SampleArticles.IDEOLOGY, null,
      EARLY_29_MAY);
  static final Article FUEL = article("nhandan", "gia-xang", SampleArticles.FUEL, null, EARLY_29_MAY);
  static final Article FUEL_REWRITTEN = article("nhandan", "gia-xang", SampleArticles.ETHICS, null, EARLY_29_MAY);
  static final Article STAFF_CUTS = article("vov", "tinh-gian-bien-che", SampleArticles.STAFF_CUTS, null,
      EARLY_29_MAY);
  static final Article SYNDICATED = article("baotintuc", "bao-ve-nen-tang", SampleArticles.IDEOLOGY, IDEOLOGY.id(),
      EARLY_29_MAY);
  /** First published with a wrong date in April, then corrected to 29 May: another monthly index. */
  static final Article MISDATED = article("qdnd", "ngay-dang-sai", SampleArticles.FUEL, null,
      Instant.parse("2019-04-30T03:00:00Z"));
  static final Article REDATED = article("qdnd", "ngay-dang-sai", SampleArticles.FUEL, null, EARLY_29_MAY);

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
      for (Article a : List.of(IDEOLOGY, FUEL, STAFF_CUTS, SYNDICATED, MISDATED)) {
        sink.article(a);
      }
      sink.flush();
      // The fuel story is later re-published by the same URL with a Party-building text.
      sink.article(FUEL_REWRITTEN);
      sink.article(REDATED);
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
      return s.pipeline().get("processing_lag") == 0 && s.pipeline().get("articles_processed") == 8;
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
  void statusShowsTheRunningJobsMetricsWithTheEndToEndLag() {
    // Flink's web endpoint refreshes metrics every few seconds.
    JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
      CommandResult status = CommandResult.monitor("status", "--home", home.toString(), "--json");
      assertThat(status.exit()).as(status.err()).isZero();
      return Json.mapper().readTree(status.out()).path("job");
    }, j -> j.at("/metrics/articlesIn").asLong() == 8 && j.at("/metrics/documentsIndexed").asLong() > 0);
    assertThat(job.path("state").asText()).isEqualTo("RUNNING");
    JsonNode metrics = job.path("metrics");
    assertThat(metrics.path("articlesClassified").asLong()).isEqualTo(7);
    assertThat(metrics.path("articlesDeadLettered").asLong()).isEqualTo(1);
    assertThat(metrics.path("articlesUpdated").asLong()).as("the rewritten and the redated article").isEqualTo(2);
    assertThat(metrics.path("documentsRejected").asLong()).isZero();
    // The sample articles were "fetched" when published, in 2019: the lag is the years since.
    long sinceFetch = Duration.between(EARLY_29_MAY, Instant.now()).toMillis();
    assertThat(metrics.path("fetchToIndexedMillis").asLong()).isBetween(sinceFetch - 600_000, sinceFetch);

    CommandResult table = CommandResult.monitor("status", "--home", home.toString());
    assertThat(table.out()).contains("Coverage job (Flink, RUNNING)", "fetchToIndexedMillis", "articlesClassified");
  }

  @Test
  void everyArticleIsIndexedOnceUnderItsIdWithItsThemesAndVietnameseDay() throws Exception {
    assertThat(status().pipeline().get("articles_indexed")).isEqualTo(5);
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
  void anArticleWhoseDateIsCorrectedIntoAnotherMonthLeavesItsEarlierMonthlyIndex() throws Exception {
    assertThat(es.exists(e -> e.index("presswatch-articles-2019.04").id(MISDATED.id())).value()).isFalse();
    GetResponse<ObjectNode> doc = es.get(g -> g.index("presswatch-articles-2019.05").id(REDATED.id()),
        ObjectNode.class);
    assertThat(doc.source().get("day").asText()).isEqualTo("2019-05-29");
    assertThat(es.count(c -> c.index("presswatch-articles").query(q -> q.ids(i -> i.values(REDATED.id())))).count())
        .isEqualTo(1);
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
