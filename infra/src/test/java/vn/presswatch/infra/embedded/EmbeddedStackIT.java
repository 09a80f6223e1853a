package vn.presswatch.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kafka and Elasticsearch run side by side in one JVM: records go from a topic into an index. */
class EmbeddedStackIT {

  private static final String TOPIC = "stack-it.titles";
  private static final int RECORDS = 200;

  @TempDir Path root;

  @Test
  void recordsReadFromTheBrokerBecomeSearchableOnTheNode() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(root.resolve("kafka"), 0);
        EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start(root.resolve("es"), 0);
        RestClient restClient = RestClient.builder(HttpHost.create(elasticsearch.httpUrl())).build()) {
      ElasticsearchClient client =
          new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
      kafka.createTopics(List.of(TOPIC), 2);
      produceTitles(kafka);

      BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
      for (ConsumerRecord<String, String> record : consume(kafka)) {
        bulk.operations(op -> op.index(i -> i.index("stack-it").id(record.key()).document(Map.of("title", record.value()))));
      }
      assertThat(client.bulk(bulk.build()).errors()).isFalse();

      assertThat(client.count(c -> c.index("stack-it")).count()).isEqualTo(RECORDS);
      assertThat(client.count(c -> c.index("stack-it").query(q -> q.match(m -> m.field("title").query("199")))).count())
          .isEqualTo(1);
    }
  }

  private static void produceTitles(EmbeddedKafka kafka) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      for (int i = 0; i < RECORDS; i++) {
        producer.send(new ProducerRecord<>(TOPIC, "id-" + i, "Tin số " + i));
      }
    }
  }

  private static List<ConsumerRecord<String, String>> consume(EmbeddedKafka kafka) {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "stack-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < RECORDS && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }
}
