package vn.presswatch.processing.jobs;

import java.io.Serializable;
import java.time.Duration;
import vn.presswatch.core.Topics;
import vn.presswatch.core.config.Settings;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.processing.sink.SinkSettings;

/**
 * Where the coverage job reads from and writes to, and how it checkpoints.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers
 * @param topicPrefix prefix of every topic name
 * @param consumerGroup consumer group whose committed offsets show the job's progress
 * @param elasticsearch the cluster the documents go to
 * @param sink bulk and retry settings
 * @param checkpointInterval how often state and offsets are checkpointed
 * @param parallelism operator parallelism
 * @param bounded the range of a reprocess; {@code null} for the live job, which runs unbounded from its committed
 *     offsets
 */
public record CoverageJobConfig(
    String kafkaBootstrapServers,
    String topicPrefix,
    String consumerGroup,
    ElasticsearchOptions elasticsearch,
    SinkSettings sink,
    Duration checkpointInterval,
    int parallelism,
    BoundedRun bounded)
    implements Serializable {

  /** The consumer group of the live coverage job. */
  public static final String LIVE_GROUP = "presswatch-coverage";

  public static CoverageJobConfig from(Settings settings, String kafkaBootstrapServers, ElasticsearchOptions es) {
    return new CoverageJobConfig(kafkaBootstrapServers, settings.string("kafka.topic-prefix"), LIVE_GROUP, es,
        SinkSettings.from(settings), settings.duration("flink.checkpoint-interval"),
        settings.integer("flink.parallelism"), null);
  }

  /**
   * The same job bounded to {@code run}, under a consumer group of its own (named after the run's start) so that the
   * live job's committed offsets are never touched.
   */
  public CoverageJobConfig boundedTo(BoundedRun run) {
    return new CoverageJobConfig(kafkaBootstrapServers, topicPrefix,
        LIVE_GROUP + "-reprocess-" + run.startedAt().toEpochMilli(), elasticsearch, sink, checkpointInterval,
        parallelism, run);
  }

  /** The Flink job name: the live job's, or with {@code -reprocess} for a bounded run. */
  public String jobName() {
    return bounded == null ? CoverageJob.NAME : CoverageJob.NAME + "-reprocess";
  }

  public String articlesTopic() {
    return Topics.named(topicPrefix, Topics.ARTICLES);
  }

  public String sourceHealthTopic() {
    return Topics.named(topicPrefix, Topics.SOURCE_HEALTH);
  }

  public String deadLetterTopic() {
    return Topics.named(topicPrefix, Topics.DEAD_LETTER);
  }
}
