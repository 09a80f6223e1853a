package vn.presswatch.cli.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.Topics;

/**
 * Creates the pipeline's topics when missing and makes sure the articles and dead-letter topics keep their records
 * forever. Their record timestamps are publication times, often years old during a backfill: under Kafka's default
 * time-based retention (7 days, judged by record timestamp) a backfilled article would be deleted within minutes of
 * being written, before the coverage job or a reprocess could read it.
 */
public final class KafkaTopicSetup {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTopicSetup.class);

  /** Topics whose records are the pipeline's source of truth. */
  static final List<String> KEPT_FOREVER = List.of(Topics.ARTICLES, Topics.DEAD_LETTER);

  private KafkaTopicSetup() {}

  /**
   * @param replication replication factor of the topics it creates (1 for the embedded broker; 3 is usual on a
   *     production cluster); existing topics keep theirs
   * @throws IllegalStateException when the cluster cannot be reached within 30 s
   */
  public static void apply(String bootstrapServers, String prefix, int partitions, short replication) {
    try (Admin admin = KafkaAdmins.create(bootstrapServers, Duration.ofSeconds(30))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = Topics.ALL.stream()
          .map(t -> Topics.named(prefix, t))
          .filter(t -> !existing.contains(t))
          .map(t -> new NewTopic(t, partitions, replication))
          .toList();
      if (!missing.isEmpty()) {
        create(admin, missing);
      }
      Map<ConfigResource, Collection<AlterConfigOp>> keepForever = new HashMap<>();
      for (String topic : KEPT_FOREVER) {
        keepForever.put(new ConfigResource(ConfigResource.Type.TOPIC, Topics.named(prefix, topic)), List.of(
            new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"), AlterConfigOp.OpType.SET),
            new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_BYTES_CONFIG, "-1"), AlterConfigOp.OpType.SET)));
      }
      admin.incrementalAlterConfigs(keepForever).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot set up topics on Kafka at " + bootstrapServers + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up topics", e);
    }
  }

  /** Creates the topics; one that another process created meanwhile is fine. */
  private static void create(Admin admin, List<NewTopic> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
      try {
        created.getValue().get(30, TimeUnit.SECONDS);
        LOG.info("created topic {}", created.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
  }
}
