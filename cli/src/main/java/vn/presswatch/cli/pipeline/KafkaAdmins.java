package vn.presswatch.cli.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka admin clients for the pipeline's set-up, status and reprocessing, with one timeout for every call, and the
 * partition and offset look-ups they share.
 */
public final class KafkaAdmins {
  private KafkaAdmins() {}

  public static Admin create(String bootstrapServers, Duration timeout) {
    int millis = (int) timeout.toMillis();
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis));
  }

  /** The partitions of {@code topic}. */
  public static List<TopicPartition> partitions(Admin admin, String topic, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    return admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toSeconds(), TimeUnit.SECONDS).get(topic)
        .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
  }

  /** The offset {@code spec} names in each partition (-1 where a timestamp finds no record). */
  public static Map<TopicPartition, Long> offsets(Admin admin, Collection<TopicPartition> partitions, OffsetSpec spec,
      Duration timeout) throws ExecutionException, InterruptedException, TimeoutException {
    return admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec))).all()
        .get(timeout.toSeconds(), TimeUnit.SECONDS).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }
}
