package vn.presswatch.cli.reprocess;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.cli.pipeline.KafkaAdmins;

/**
 * The part of the articles topic a reprocess reads, per partition from the first record stamped at or after the
 * range's start to the end offset of now, and how far a consumer group has got through it (the bounded job commits
 * its offsets at every checkpoint).
 */
final class RangeOffsets implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RangeOffsets.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Admin admin;
  private final Map<TopicPartition, Long> start;
  private final Map<TopicPartition, Long> end;

  private RangeOffsets(Admin admin, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
    this.admin = admin;
    this.start = start;
    this.end = end;
  }

  /**
   * Looks the offsets up.
   *
   * @throws IllegalStateException when Kafka cannot be reached or the topic does not exist
   */
  static RangeOffsets of(String bootstrapServers, String topic, Instant from) {
    Admin admin = KafkaAdmins.create(bootstrapServers, TIMEOUT);
    try {
      List<TopicPartition> partitions = KafkaAdmins.partitions(admin, topic, TIMEOUT);
      Map<TopicPartition, Long> end = KafkaAdmins.offsets(admin, partitions, OffsetSpec.latest(), TIMEOUT);
      Map<TopicPartition, Long> atFrom = KafkaAdmins.offsets(admin, partitions,
          OffsetSpec.forTimestamp(from.toEpochMilli()), TIMEOUT);
      // -1: no record is stamped at or after the start, so the partition has nothing of the range.
      Map<TopicPartition, Long> start = partitions.stream().collect(Collectors.toMap(tp -> tp,
          tp -> atFrom.get(tp) < 0 ? end.get(tp) : atFrom.get(tp)));
      return new RangeOffsets(admin, start, end);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      admin.close();
      throw new IllegalStateException("cannot read the offsets of " + topic + " on Kafka at " + bootstrapServers
          + ": " + e, e);
    } catch (InterruptedException e) {
      admin.close();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Records the reprocess reads (those of the range and any stored after them). */
  long total() {
    return start.keySet().stream().mapToLong(tp -> end.get(tp) - start.get(tp)).sum();
  }

  /** Records of {@link #total()} that {@code group} has committed. */
  long read(String group) {
    Map<TopicPartition, OffsetAndMetadata> committed;
    try {
      committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the offsets of consumer group " + group + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long read = 0;
    for (Map.Entry<TopicPartition, Long> s : start.entrySet()) {
      OffsetAndMetadata at = committed.get(s.getKey());
      if (at != null) {
        read += Math.max(0, Math.min(at.offset(), end.get(s.getKey())) - s.getValue());
      }
    }
    return read;
  }

  /**
   * Removes the consumer group of a finished run, which no one reads again. Housekeeping only: a failure is logged.
   */
  void deleteGroup(String group) {
    try {
      admin.deleteConsumerGroups(List.of(group)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof GroupIdNotFoundException)) {
        LOG.warn("cannot delete consumer group {}: {}", group, e.getCause().toString());
      }
    } catch (TimeoutException e) {
      LOG.warn("cannot delete consumer group {}: {}", group, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
