package vn.presswatch.cli.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.Topics;

/** Creates the pipeline's topics when missing; existing topics are left as they are. */
public final class KafkaTopicSetup {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTopicSetup.class);

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
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot set up topics on Kafka at " + bootstrapServers + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up topics", e);
    }
  }
}
