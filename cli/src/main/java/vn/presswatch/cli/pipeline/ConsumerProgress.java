package vn.presswatch.cli.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.Topics;

/**
 * The coverage job's progress through the articles topic as Kafka records it: the offsets its consumer group commits
 * at every checkpoint. They tell whether a job ran before, and deleting them makes the next job read from the start.
 */
final class ConsumerProgress {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerProgress.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final String articles;
  private final String group;

  ConsumerProgress(String bootstrapServers, String topicPrefix, String group) {
    this.bootstrapServers = bootstrapServers;
    this.articles = Topics.named(topicPrefix, Topics.ARTICLES);
    this.group = group;
  }

  /** Whether the group has committed any offset, that is whether a job of this group has counted articles. */
  boolean exists() {
    return call("read the offsets of consumer group " + group,
        admin -> !admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).isEmpty());
  }

  /**
   * Deletes the group's committed offsets, so that its next job reads the articles topic from its first record: the
   * start of a rebuild.
   *
   * @throws IllegalStateException when records were ever deleted from the articles topic (retention, or a topic that
   *     was not ours): a rebuild would then lose the counts of their days, which a reprocess keeps
   */
  void forget() {
    call("reset consumer group " + group, admin -> {
      Map<TopicPartition, Long> earliest = KafkaAdmins.offsets(admin,
          KafkaAdmins.partitions(admin, articles, TIMEOUT), OffsetSpec.earliest(), TIMEOUT);
      for (Map.Entry<TopicPartition, Long> e : earliest.entrySet()) {
        if (e.getValue() > 0) {
          throw new IllegalStateException("cannot rebuild: the first " + e.getValue() + " records of "
              + e.getKey() + " were deleted, and the counts of their days would be lost; use `monitor reprocess` "
              + "for the periods still in Kafka instead");
        }
      }
      try {
        admin.deleteConsumerGroups(List.of(group)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        LOG.info("deleted the committed offsets of consumer group {}: the job reads {} from the start", group,
            articles);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof GroupIdNotFoundException)) {
          throw e;
        }
      }
      return null;
    });
  }

  /** One admin call. */
  private interface AdminCall<T> {
    T apply(Admin admin) throws ExecutionException, InterruptedException, TimeoutException;
  }

  private <T> T call(String what, AdminCall<T> call) {
    try (Admin admin = KafkaAdmins.create(bootstrapServers, TIMEOUT)) {
      return call.apply(admin);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot " + what + " on Kafka at " + bootstrapServers + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: cannot " + what, e);
    }
  }
}
