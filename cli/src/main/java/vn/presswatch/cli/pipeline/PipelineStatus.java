package vn.presswatch.cli.pipeline;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import vn.presswatch.core.Topics;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.IndexNames;

/**
 * A snapshot of the pipeline read from the systems themselves: documents per index, records per topic, and the
 * counters derived from them (articles published, processed by the coverage job, its lag, indexed, dead-lettered).
 * Works the same against the embedded stack and external clusters.
 *
 * @param elasticsearch documents per index or alias; -1 when the index does not exist yet
 * @param kafka records per topic (sum of partition end offsets minus start offsets)
 * @param pipeline named counters
 */
public record PipelineStatus(Map<String, Long> elasticsearch, Map<String, Long> kafka, Map<String, Long> pipeline) {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  /**
   * Reads the status once.
   *
   * @throws IllegalStateException when Kafka or Elasticsearch cannot be reached
   */
  public static PipelineStatus collect(String kafkaBootstrap, String topicPrefix, String consumerGroup,
      ElasticsearchConnection es) {
    try (Reader reader = new Reader(kafkaBootstrap, topicPrefix, consumerGroup, es)) {
      return reader.read();
    }
  }

  /** Reads the status again and again over one Kafka admin connection, for progress lines. */
  public static final class Reader implements AutoCloseable {
    private final String kafkaBootstrap;
    private final String topicPrefix;
    private final String consumerGroup;
    private final ElasticsearchConnection es;
    private final Admin admin;

    public Reader(String kafkaBootstrap, String topicPrefix, String consumerGroup, ElasticsearchConnection es) {
      this.kafkaBootstrap = kafkaBootstrap;
      this.topicPrefix = topicPrefix;
      this.consumerGroup = consumerGroup;
      this.es = es;
      this.admin = KafkaAdmins.create(kafkaBootstrap, TIMEOUT);
    }

    /**
     * @throws IllegalStateException when Kafka or Elasticsearch cannot be reached
     */
    public PipelineStatus read() {
      Map<String, Long> docs = countDocuments(es);
      Map<String, Long> records = new LinkedHashMap<>();
      long processed;
      try {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        for (String topic : Topics.ALL.stream().map(t -> Topics.named(topicPrefix, t)).toList()) {
          records.put(topic, existing.contains(topic) ? recordsIn(admin, topic) : -1L);
        }
        String articles = Topics.named(topicPrefix, Topics.ARTICLES);
        processed = existing.contains(articles) ? committed(admin, consumerGroup, articles) : 0;
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("cannot read Kafka at " + kafkaBootstrap + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      IndexNames names = es.indexNames();
      long published = Math.max(0, records.get(Topics.named(topicPrefix, Topics.ARTICLES)));
      Map<String, Long> counters = new LinkedHashMap<>();
      counters.put("articles_published", published);
      counters.put("articles_processed", processed);
      counters.put("processing_lag", Math.max(0, published - processed));
      counters.put("articles_indexed", Math.max(0, docs.get(names.articles())));
      counters.put("coverage_rows", Math.max(0, docs.get(names.coverage())));
      counters.put("dead_letters", Math.max(0, records.get(Topics.named(topicPrefix, Topics.DEAD_LETTER))));
      return new PipelineStatus(docs, records, counters);
    }

    @Override
    public void close() {
      admin.close(Duration.ofSeconds(5));
    }
  }

  private static Map<String, Long> countDocuments(ElasticsearchConnection es) {
    Map<String, Long> docs = new LinkedHashMap<>();
    for (String index : es.indexNames().all()) {
      try {
        docs.put(index, es.countOrMissing(index));
      } catch (ElasticsearchException e) {
        throw new IllegalStateException("cannot count " + index + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new IllegalStateException("cannot reach Elasticsearch: " + e.getMessage(), e);
      }
    }
    return docs;
  }

  private static long recordsIn(Admin admin, String topic)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<TopicPartition> partitions = KafkaAdmins.partitions(admin, topic, TIMEOUT);
    return sum(KafkaAdmins.offsets(admin, partitions, OffsetSpec.latest(), TIMEOUT))
        - sum(KafkaAdmins.offsets(admin, partitions, OffsetSpec.earliest(), TIMEOUT));
  }

  private static long committed(Admin admin, String group, String topic)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    List<TopicPartition> partitions = KafkaAdmins.partitions(admin, topic, TIMEOUT);
    Map<TopicPartition, Long> earliest = KafkaAdmins.offsets(admin, partitions, OffsetSpec.earliest(), TIMEOUT);
    long total = 0;
    for (TopicPartition tp : partitions) {
      OffsetAndMetadata om = offsets.get(tp);
      if (om != null) {
        total += om.offset() - earliest.getOrDefault(tp, 0L);
      }
    }
    return total;
  }

  private static long sum(Map<TopicPartition, Long> offsets) {
    return offsets.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A human table: one section per system, one row per index, topic or counter. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    section(sb, "Elasticsearch", "index", "documents", elasticsearch);
    section(sb, "Kafka", "topic", "records", kafka);
    section(sb, "Pipeline", "counter", "value", pipeline);
    return sb.toString();
  }

  /** Appends one table section; a negative value reads "missing". */
  public static void section(StringBuilder sb, String title, String keyHeader, String valueHeader,
      Map<String, Long> rows) {
    int width = Math.max(keyHeader.length(), rows.keySet().stream().mapToInt(String::length).max().orElse(0));
    sb.append(title).append('\n');
    sb.append(String.format("  %-" + width + "s  %12s%n", keyHeader, valueHeader));
    rows.forEach((k, v) -> sb.append(String.format("  %-" + width + "s  %12s%n", k, v < 0 ? "missing" : v)));
  }
}
