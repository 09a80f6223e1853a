package vn.presswatch.cli.pipeline;

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
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
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
   * @throws IllegalStateException when the cluster cannot be reached within 30 s
   */
  public static void apply(String bootstrapServers, String prefix, int partitions, short replication) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = Topics.ALL.stream()
          .map(t -> Topics.named(prefix, t))
          .filter(t -> !existing.contains(t))
          .map(t -> new NewTopic(t, partitions, replication))
          .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
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
}
