package vn.presswatch.cli;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.cli.pipeline.FlinkRest;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.core.Topics;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;
import vn.presswatch.infra.embedded.EmbeddedKafka;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.processing.jobs.CoverageJob;
import vn.presswatch.processing.jobs.CoverageJobConfig;
import vn.presswatch.processing.jobs.JobInputs;

/**
 * The processing side of the pipeline on real embedded components that a test can break: a Kafka broker and an
 * Elasticsearch node started here, on fixed ports and data directories so that each can be stopped and started again
 * as the same server, and the coverage job submitted to a Flink MiniCluster through {@link Pipeline}, as {@code monitor
 * run} does (so a new job resumes from the newest retained checkpoint). One per test class.
 */
final class FaultStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FaultStack.class);
  static final Path OUTLETS_FILE = Path.of("src/test/resources/it-outlets.yaml");
  /**
   * Deadlines are upper bounds for a shared 2-core machine under heavy load (load average 20-50 measured while these
   * tests were written, when a stack start alone took 30-90 s); on an idle machine each step takes a few seconds.
   */
  static final Duration SLOW_START = Duration.ofSeconds(90);
  static final Duration CATCH_UP = Duration.ofSeconds(120);

  private final Path home;
  private final int kafkaPort;
  private final int elasticsearchPort;
  private final IndexNames names = new IndexNames(IndexNames.DEFAULT_PREFIX);
  private EmbeddedKafka kafka;
  private EmbeddedElasticsearch elasticsearch;
  private ElasticsearchConnection connection;
  private Pipeline pipeline;

  private FaultStack(Path home) {
    this.home = home;
    this.kafkaPort = freePort();
    this.elasticsearchPort = freePort();
  }

  /** Starts Kafka, Elasticsearch and the coverage job with data under {@code home}. */
  static FaultStack start(Path home) {
    FaultStack stack = new FaultStack(home);
    try {
      // The node starts on another thread while the broker starts on this one: start-up is mostly waiting.
      CompletableFuture<Void> node = CompletableFuture.runAsync(stack::startElasticsearch);
      try {
        stack.startKafka();
      } finally {
        node.join();
      }
      stack.connection = ElasticsearchConnection.open(ElasticsearchOptions.local(stack.elasticsearchUrl()));
      stack.startJob();
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  String kafka() {
    return "127.0.0.1:" + kafkaPort;
  }

  String elasticsearchUrl() {
    return "http://127.0.0.1:" + elasticsearchPort;
  }

  ElasticsearchClient es() {
    return connection.client();
  }

  IndexNames names() {
    return names;
  }

  List<Plan> plans() {
    return JobInputs.load(List.of(PipelineIT.PLAN_FILE), OUTLETS_FILE, names).plans();
  }

  void startKafka() {
    kafka = EmbeddedKafka.start(home.resolve("kafka"), kafkaPort);
  }

  void stopKafka() {
    kafka.close();
    kafka = null;
  }

  void startElasticsearch() {
    elasticsearch = EmbeddedElasticsearch.start(home.resolve("elasticsearch"), elasticsearchPort);
  }

  void stopElasticsearch() {
    elasticsearch.close();
    elasticsearch = null;
  }

  /** Submits the coverage job; it resumes from the newest checkpoint under the work directory, if any. */
  void startJob() {
    Settings settings = Settings.defaults().with(Map.of(
        "monitor.home", home.toString(),
        "kafka.bootstrap-servers", kafka(),
        "elasticsearch.url", elasticsearchUrl(),
        "flink.checkpoint-interval", "PT1S",
        "flink.sink-flush-interval", "PT0.2S"), "test");
    pipeline = Pipeline.start(settings, List.of(PipelineIT.PLAN_FILE), OUTLETS_FILE, Path.of("unused.jar"));
  }

  /** Cancels the job without a savepoint: what it did since its last checkpoint is lost to it. */
  void killJob() {
    pipeline.close();
    pipeline = null;
  }

  PipelineStatus status() {
    return PipelineStatus.collect(kafka(), "", CoverageJobConfig.LIVE_GROUP, connection);
  }

  /**
   * Publishes the items in order, articles as the crawler does and broken records raw, pausing between records
   * to spread the stream over time; returns once Kafka has acknowledged all of them.
   */
  void produce(List<ArticleStream.Item> items, Duration pause) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaArticleSink articles = new KafkaArticleSink(kafka(), "", Map.of());
        KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(p, new ByteArraySerializer(),
            new ByteArraySerializer())) {
      for (ArticleStream.Item item : items) {
        if (item.article() != null) {
          articles.article(item.article());
        } else {
          raw.send(new ProducerRecord<>(Topics.ARTICLES, "broken".getBytes(StandardCharsets.UTF_8),
              item.broken().getBytes(StandardCharsets.UTF_8)));
        }
        if (!pause.isZero()) {
          Thread.sleep(pause.toMillis());
        }
      }
      articles.flush();
      raw.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing", e);
    }
  }

  /** Waits until the job has committed the offsets of every record on the articles topic. */
  void awaitAllProcessed(long records, Duration atMost) {
    await("job to process all " + records + " records").atMost(atMost).pollInterval(Duration.ofMillis(500))
        .ignoreExceptions().until(() -> {
          PipelineStatus s = status();
          return s.pipeline().get("articles_published") >= records && s.pipeline().get("processing_lag") == 0;
        });
  }

  /** The payload of every record in the dead-letter topic, as many times as it is there. */
  List<String> deadLetterPayloads() {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka());
    List<String> payloads = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER).stream()
          .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("dead-letter topic not read to its end " + end + " within 20 s");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          payloads.add(Json.mapper().readTree(r.value()).path("payload").asText());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("unreadable dead letter", e);
    }
    return payloads;
  }

  /** The running job in the Flink REST API: its failures so far and its completed checkpoints. */
  record JobHealth(String state, int failures, long completedCheckpoints) {}

  JobHealth jobHealth() {
    FlinkRest rest = new FlinkRest(pipeline.stack().flinkWeb());
    try {
      FlinkRest.Job job = rest.latestJob(CoverageJob.NAME)
          .orElseThrow(() -> new IllegalStateException("no job on " + pipeline.stack().flinkWeb()));
      int failures = rest.get("/jobs/" + job.id() + "/exceptions").path("exceptionHistory").path("entries").size();
      long checkpoints = rest.get("/jobs/" + job.id() + "/checkpoints").path("counts").path("completed").asLong();
      return new JobHealth(job.state(), failures, checkpoints);
    } catch (IOException e) {
      throw new IllegalStateException("Flink REST: " + e, e);
    }
  }

  /** Counts the documents of the articles index; -1 while Elasticsearch does not answer. */
  long articlesIndexed() {
    try {
      return es().count(c -> c.index(names.articles())).count();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Logs one scenario's figures on one line starting with {@code FAULT-FIGURES}, for {@code docs/reliability.md}. */
  static void report(String scenario, Map<String, Object> figures) {
    LOG.info("FAULT-FIGURES {} {}", scenario, figures);
  }

  @Override
  public void close() {
    for (AutoCloseable c : new AutoCloseable[] {pipeline, connection, elasticsearch, kafka}) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("{} did not stop cleanly: {}", c, e.toString());
      }
    }
  }

}
