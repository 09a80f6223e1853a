package vn.presswatch.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded broker stores records that clients read back, across a restart. */
class EmbeddedKafkaIT {

  private static final String ARTICLES = "it.articles";
  private static final String DEAD_LETTER = "it.dead-letter";

  @TempDir Path dataDir;

  @Test
  void recordsAndTopicsSurviveARestartOnTheSameDirectory() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
      kafka.createTopics(List.of(ARTICLES, DEAD_LETTER), 3);
      kafka.createTopics(List.of(ARTICLES), 3);
      produce(kafka, Map.of("a1", "Đảng Cộng sản", "a2", "Bóng đá", "a3", "Thời tiết"));

      assertThat(consumeAll(kafka, ARTICLES, 3)).containsOnly(
          Map.entry("a1", "Đảng Cộng sản"), Map.entry("a2", "Bóng đá"), Map.entry("a3", "Thời tiết"));
      assertThat(topicNames(kafka)).contains(ARTICLES, DEAD_LETTER, "__consumer_offsets");
    }

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
      assertThat(topicNames(kafka)).contains(ARTICLES, DEAD_LETTER);
      assertThat(partitions(kafka, ARTICLES)).isEqualTo(3);
      assertThat(consumeAll(kafka, ARTICLES, 3)).containsOnly(
          Map.entry("a1", "Đảng Cộng sản"), Map.entry("a2", "Bóng đá"), Map.entry("a3", "Thời tiết"));
    }
    assertThat(Files.readString(dataDir.resolve("data/meta.properties"))).contains("cluster.id=");
  }

  @Test
  void aSecondBrokerOnTheSameDirectoryFailsAndLeavesTheFirstRunning() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
      assertThatThrownBy(() -> EmbeddedKafka.start(dataDir, 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Kafka data directory " + dataDir.toAbsolutePath() + " is in use by another broker");

      kafka.createTopics(List.of(ARTICLES), 1);
      assertThat(topicNames(kafka)).contains(ARTICLES);
    }
  }

  @Test
  void aPortInUseIsRefusedWithTheReason() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> EmbeddedKafka.start(dataDir, taken.getLocalPort()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Kafka broker port " + taken.getLocalPort())
          .hasMessageContaining("in use");
    }
  }

  private static void produce(EmbeddedKafka kafka, Map<String, String> records) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      for (Map.Entry<String, String> record : records.entrySet()) {
        producer.send(new ProducerRecord<>(ARTICLES, record.getKey(), record.getValue())).get();
      }
    }
  }

  /** Reads the topic from the beginning with a fresh group until {@code expected} records came. */
  private static List<Map.Entry<String, String>> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
    List<Map.Entry<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          records.add(Map.entry(record.key(), record.value()));
        }
      }
    }
    return records;
  }

  private static Set<String> topicNames(EmbeddedKafka kafka) throws ExecutionException, InterruptedException {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      return admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
    }
  }

  private static int partitions(EmbeddedKafka kafka, String topic) throws ExecutionException, InterruptedException {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      return description.partitions().size();
    }
  }
}
