package vn.presswatch.processing.sink;

import java.io.Serializable;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka topic dead letters are written to from inside an operator (the sink's rejected documents).
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param topic the dead-letter topic, prefix applied
 */
public record DeadLetterTarget(String bootstrapServers, String topic) implements Serializable {
  /** A new idempotent producer for this target; the caller closes it. */
  public KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "presswatch-sink-dead-letters");
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
