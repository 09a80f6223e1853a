package vn.presswatch.processing.sink;

import java.io.Serializable;
import java.time.Duration;
import vn.presswatch.core.config.Settings;

/**
 * How the Elasticsearch sink batches and retries.
 *
 * @param batchSize documents per bulk request
 * @param flushInterval longest time a document waits in the buffer
 * @param maxRetries retries of transient failures before the sink fails (and Flink restarts it from a checkpoint)
 * @param parallelism concurrent writers (each sends one bulk request at a time)
 */
public record SinkSettings(int batchSize, Duration flushInterval, int maxRetries, int parallelism)
    implements Serializable {
  public static SinkSettings from(Settings settings) {
    return new SinkSettings(settings.integer("flink.sink-batch-size"), settings.duration("flink.sink-flush-interval"),
        settings.integer("flink.sink-max-retries"), settings.integer("flink.sink-parallelism"));
  }
}
