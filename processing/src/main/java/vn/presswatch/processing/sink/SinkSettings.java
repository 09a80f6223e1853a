package vn.presswatch.processing.sink;

import java.io.Serializable;
import java.time.Duration;
import vn.presswatch.core.config.Settings;
import vn.presswatch.elastic.RetryBackoff;

/**
 * How the Elasticsearch sink batches and retries.
 *
 * @param batchSize documents per bulk request
 * @param flushInterval longest time a document waits in the buffer
 * @param retries how transient failures are retried before the sink fails (and Flink restarts it from a checkpoint)
 * @param parallelism concurrent writers (each sends one bulk request at a time)
 */
public record SinkSettings(int batchSize, Duration flushInterval, RetryBackoff retries, int parallelism)
    implements Serializable {
  public static SinkSettings from(Settings settings) {
    return new SinkSettings(settings.integer("flink.sink-batch-size"), settings.duration("flink.sink-flush-interval"),
        new RetryBackoff(settings.integer("flink.sink-max-retries"), settings.duration("flink.sink-retry-backoff"),
            settings.duration("flink.sink-max-retry-backoff")),
        settings.integer("flink.sink-parallelism"));
  }
}
