package vn.presswatch.cli;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.core.config.Settings;
import vn.presswatch.processing.jobs.CoverageJobConfig;

/** The embedded stack of the fault-test ITs, and what they read back from it. */
final class TestPipelines {
  private TestPipelines() {}

  /** The embedded stack with the plan of {@link PipelineIT}, checkpoints every second, in {@code home}. */
  static Pipeline start(Path home) {
    Settings settings = Settings.defaults().with(Map.of(
        "monitor.home", home.toString(),
        "flink.checkpoint-interval", "PT1S",
        "flink.sink-flush-interval", "PT0.2S"), "test");
    return Pipeline.start(settings, List.of(PipelineIT.PLAN_FILE), Path.of("src/test/resources/it-outlets.yaml"),
        Path.of("unused-for-embedded.jar"));
  }

  static PipelineStatus status(Pipeline pipeline) {
    return PipelineStatus.collect(pipeline.stack().kafka(), "", CoverageJobConfig.LIVE_GROUP,
        pipeline.elasticsearch());
  }

  /** Waits until the coverage job has processed every record of the articles topic, failing if the job stops. */
  static void awaitProcessed(Pipeline pipeline, Duration atMost) {
    await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
      pipeline.ensureJobAlive();
      PipelineStatus s = status(pipeline);
      return s.pipeline().get("processing_lag") == 0 && s.pipeline().get("articles_processed") > 0;
    });
  }

  static KafkaConsumer<byte[], byte[]> consumer(Pipeline pipeline) {
    return new KafkaConsumer<>(Map.of("bootstrap.servers", pipeline.stack().kafka()), new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  /** Every record of {@code topic}, from the beginning to its current end. */
  static List<ConsumerRecord<byte[], byte[]>> readAll(Pipeline pipeline, String topic) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = consumer(pipeline)) {
      List<TopicPartition> partitions = c.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      Map<TopicPartition, Long> end = c.endOffsets(partitions);
      long total = end.values().stream().mapToLong(Long::longValue).sum();
      c.assign(partitions);
      c.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < total && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }
}
