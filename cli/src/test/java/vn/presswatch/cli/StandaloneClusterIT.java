package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.cli.pipeline.KafkaTopicSetup;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.json.Json;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexSetup;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;
import vn.presswatch.infra.embedded.EmbeddedKafka;
import vn.presswatch.infra.flink.StandaloneFlinkCluster;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.processing.document.CoverageDocument;
import vn.presswatch.processing.jobs.CoverageJobConfig;
import vn.presswatch.processing.model.CoverageRow;

/**
 * The job jar on a real Flink cluster: a JobManager and two TaskManagers, each its own JVM with only Flink on its
 * classpath, run {@code processing-*-job.jar} submitted with Flink's own client ({@code flink run}). Kafka and
 * Elasticsearch are the embedded ones in this JVM. The articles and expected counts are {@link PipelineIT}'s, so the
 * cluster must produce exactly what the MiniCluster does.
 */
class StandaloneClusterIT {
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneClusterIT.class);
  static final int PARALLELISM = 2;
  /**
   * Bound of each step after the cluster is up (which has its own 5-minute bound). Each step takes seconds on an idle
   * machine, but up to about 3 minutes were measured at a load of 50 on two cores.
   */
  static final Duration STEP_TIMEOUT = Duration.ofMinutes(4);
  static final List<Article> ARTICLES = List.of(PipelineIT.IDEOLOGY, PipelineIT.FUEL, PipelineIT.STAFF_CUTS,
      PipelineIT.SYNDICATED);

  /** Kept when a test fails: the cluster's logs are under {@code flink/log}. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS) static Path dir;
  static EmbeddedKafka kafka;
  static EmbeddedElasticsearch node;
  static ElasticsearchConnection elasticsearch;
  static StandaloneFlinkCluster flink;
  static ElasticsearchClient es;
  static String jobId;

  @BeforeAll
  static void startClusterSubmitJarAndFeed() throws Exception {
    Path jobJar = jobJar();
    // The cluster's JVMs start while Kafka and Elasticsearch start here: start-up is mostly waiting.
    long start = System.nanoTime();
    CompletableFuture<StandaloneFlinkCluster> cluster = CompletableFuture.supplyAsync(() -> {
      StandaloneFlinkCluster c = StandaloneFlinkCluster.start(dir.resolve("flink"), 2, Map.of());
      LOG.info("standalone cluster up in {} ms: {}, logs in {}", millisSince(start), c.restUrl(), c.logDir());
      return c;
    });
    try {
      node = EmbeddedElasticsearch.start(dir.resolve("elasticsearch"), 0);
      kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
      KafkaTopicSetup.apply(kafka.bootstrapServers(), "", PARALLELISM, (short) 1);
      ElasticsearchOptions options = ElasticsearchOptions.local(node.httpUrl());
      elasticsearch = ElasticsearchConnection.open(options);
      es = elasticsearch.client();
      IndexSetup.apply(es, options.indexNames());
    } finally {
      flink = cluster.join();
    }

    long submit = System.nanoTime();
    jobId = flink.submit(jobJar, List.of(
        "--kafka.bootstrap-servers", kafka.bootstrapServers(),
        "--elasticsearch.url", node.httpUrl(),
        "--monitor.plans", PipelineIT.PLAN_FILE.toAbsolutePath().normalize().toString(),
        "--monitor.outlets", Path.of("src/test/resources/it-outlets.yaml").toAbsolutePath().toString(),
        "--flink.parallelism", Integer.toString(PARALLELISM),
        "--flink.checkpoint-interval", "PT1S",
        "--flink.sink-flush-interval", "PT0.2S"), STEP_TIMEOUT);
    await("job " + jobId + " running on the cluster (logs: " + flink.logDir() + ")")
        .atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500))
        .until(StandaloneClusterIT::allTasksRunning);
    LOG.info("job {} submitted with flink run and running in {} ms", jobId, millisSince(submit));

    long feed = System.nanoTime();
    try (KafkaArticleSink sink = new KafkaArticleSink(kafka.bootstrapServers(), "", Map.of())) {
      ARTICLES.forEach(sink::article);
      sink.flush();
      // The fuel story is later re-published by the same URL with a Party-building text.
      sink.article(PipelineIT.FUEL_REWRITTEN);
      sink.flush();
    }
    await("5 articles processed by job " + jobId + " (TaskManager logs: " + flink.logDir() + ")")
        .atMost(STEP_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
          jobState();
          Map<String, Long> p;
          try {
            p = status().pipeline();
          } catch (IllegalStateException e) {
            // Counting answers 503 while the shards of an index the job just created are being allocated.
            LOG.info("status not available yet: {}", e.getMessage());
            return false;
          }
          return p.get("processing_lag") == 0 && p.get("articles_processed") == ARTICLES.size() + 1;
        });
    es.indices().refresh(r -> r.index("presswatch-*"));
    LOG.info("{} articles produced, processed and indexed in {} ms; set-up took {} ms in all", ARTICLES.size() + 1,
        millisSince(feed), millisSince(start));
  }

  static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }

  @AfterAll
  static void stop() throws IOException {
    // TaskManagers first: once Kafka is gone, a running job only fills its logs with connection errors.
    if (flink != null) {
      flink.close();
    }
    if (elasticsearch != null) {
      elasticsearch.close();
    }
    if (node != null) {
      node.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  /** The job jar the processing module's shade plugin builds. */
  static Path jobJar() throws IOException {
    Path target = Path.of("../processing/target");
    try (Stream<Path> jars = Files.list(target)) {
      return jars.filter(p -> p.getFileName().toString().matches("processing-.*-job\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no processing-*-job.jar in " + target.toAbsolutePath()
              + ": build it with ./mvnw -pl processing -am package"));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalStateException(target.toAbsolutePath() + " is missing: build with ./mvnw -pl processing -am package", e);
    }
  }

  static PipelineStatus status() {
    return PipelineStatus.collect(kafka.bootstrapServers(), "", CoverageJobConfig.LIVE_GROUP, elasticsearch);
  }

  static JsonNode rest(String path) {
    try {
      return Json.mapper().readTree(flink.rest(path));
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " did not answer JSON", e);
    }
  }

  /**
   * The job's details from the REST API.
   *
   * @throws IllegalStateException when the job has stopped for good, naming the logs
   */
  static JsonNode jobState() {
    JsonNode job = rest("/jobs/" + jobId);
    String state = job.get("state").asText();
    if (state.equals("FAILED") || state.equals("CANCELED") || state.equals("FINISHED")) {
      throw new IllegalStateException("job " + jobId + " is " + state + ": see " + flink.logDir());
    }
    return job;
  }

  static boolean allTasksRunning() {
    JsonNode job = jobState();
    for (JsonNode vertex : job.get("vertices")) {
      if (!vertex.get("status").asText().equals("RUNNING")) {
        return false;
      }
    }
    return job.get("state").asText().equals("RUNNING");
  }

  static JsonNode coverage(String outlet, String theme) throws IOException {
    String id = CoverageDocument.id(new CoverageRow(PipelineIT.PLAN, outlet, 18045, theme, 0, 0, 0, 0, 0));
    GetResponse<ObjectNode> doc = es.get(g -> g.index("presswatch-coverage").id(id), ObjectNode.class);
    assertThat(doc.found()).as("coverage document %s/%s", outlet, theme).isTrue();
    return doc.source();
  }

  @Test
  void statusReadsTheJobsMetricsFromTheClusterWithTheEndToEndLag() {
    String[] args = {"status", "--kafka", kafka.bootstrapServers(), "--elasticsearch", node.httpUrl(), "--flink",
        flink.restAddress(), "--json"};
    // The JobManager's web endpoint collects the TaskManagers' metrics every few seconds.
    JsonNode job = await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> {
      CommandResult status = CommandResult.monitor(args);
      assertThat(status.exit()).as(status.err()).isZero();
      return Json.mapper().readTree(status.out()).path("job");
    }, j -> j.at("/metrics/articlesIn").asLong() == ARTICLES.size() + 1
        && j.at("/metrics/fetchToIndexedMillis").asLong() > 0);
    assertThat(job.path("id").asText()).isEqualTo(jobId);
    assertThat(job.path("state").asText()).isEqualTo("RUNNING");
    assertThat(job.at("/metrics/articlesClassified").asLong()).isEqualTo(ARTICLES.size() + 1);
    assertThat(job.at("/metrics/articlesUpdated").asLong()).as("the rewritten fuel story").isEqualTo(1);
  }

  @Test
  void runRefusesToSubmitASecondCopyOfTheRunningJob() throws IOException {
    CommandResult run = CommandResult.monitor("run", "--kafka", kafka.bootstrapServers(), "--elasticsearch",
        node.httpUrl(), "--flink", flink.restAddress(), "--plan", PipelineIT.PLAN_FILE.toString(), "--outlets",
        "src/test/resources/it-outlets.yaml", "--job-jar", jobJar().toString(), "--once");
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("presswatch-coverage already runs on " + flink.restUrl(), jobId,
        "--from-savepoint");
    assertThat(rest("/jobs/overview").get("jobs")).as("no second job").hasSize(1);
  }

  @Test
  void everyOperatorRunsOnBothTaskManagers() {
    Set<String> registered = new HashSet<>();
    rest("/taskmanagers").get("taskmanagers").forEach(tm -> registered.add(tm.get("id").asText()));
    assertThat(registered).hasSize(2);
    for (JsonNode vertex : rest("/jobs/" + jobId).get("vertices")) {
      assertThat(vertex.get("parallelism").asInt()).as(vertex.get("name").asText()).isEqualTo(PARALLELISM);
      Set<String> running = new HashSet<>();
      rest("/jobs/" + jobId + "/vertices/" + vertex.get("id").asText() + "/taskmanagers").get("taskmanagers")
          .forEach(tm -> running.add(tm.get("taskmanager-id").asText()));
      assertThat(running).as("TaskManagers running %s", vertex.get("name").asText()).isEqualTo(registered);
    }
  }

  @Test
  void theJobJarIndexesEveryArticleOnceAndCountsCoverageAsTheMiniClusterDoes() throws Exception {
    assertThat(status().pipeline().get("articles_indexed")).isEqualTo(ARTICLES.size());
    GetResponse<ObjectNode> ideology = es.get(g -> g.index("presswatch-articles-2019.05").id(PipelineIT.IDEOLOGY.id()),
        ObjectNode.class);
    assertThat(ideology.source().get("day").asText()).isEqualTo("2019-05-29");
    assertThat(ideology.source().get("theme_ids")).extracting(JsonNode::asText).contains("1.1");
    GetResponse<ObjectNode> fuel = es.get(g -> g.index("presswatch-articles-2019.05").id(PipelineIT.FUEL.id()),
        ObjectNode.class);
    assertThat(fuel.source().get("title").asText()).isEqualTo(PipelineIT.FUEL_REWRITTEN.title());

    assertThat(coverage("nhandan", "1.1").get("articles").asInt()).isEqualTo(1);
    assertThat(coverage("nhandan", "1.1").get("share").asDouble()).isEqualTo(0.5);
    assertThat(coverage("nhandan", "1.3").get("outlet_articles").asInt()).isEqualTo(2);
    assertThat(coverage("vov", "2.5").get("articles").asInt()).isEqualTo(1);
    assertThat(coverage("baotintuc", "1.1").get("syndicated").asInt()).isEqualTo(1);
  }
}
