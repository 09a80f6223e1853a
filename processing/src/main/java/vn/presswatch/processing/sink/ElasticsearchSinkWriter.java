package vn.presswatch.processing.sink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.core.time.Sleeper;
import vn.presswatch.elastic.BulkWriter;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexOp;

/** One sink task's writer: a {@link BulkWriter} flushed by size, by timer and at checkpoints. */
final class ElasticsearchSinkWriter implements SinkWriter<IndexOp> {
  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

  private final ElasticsearchConnection connection;
  /** Null when rejected documents are only logged (see {@link ElasticsearchSink}). */
  private final KafkaProducer<byte[], byte[]> deadLetterProducer;
  private final String deadLetterTopic;
  private final BulkWriter bulk;
  private final ProcessingTimeService timers;
  private final long flushIntervalMillis;
  private final Counter indexedCounter;
  private final Counter rejectedCounter;
  private long reportedIndexed;
  private long reportedRejected;
  private volatile IOException timerFailure;
  /** A dead letter Kafka did not take: the checkpoint must fail rather than complete without it. */
  private volatile IOException deadLetterFailure;

  ElasticsearchSinkWriter(
      ElasticsearchOptions options, SinkSettings settings, DeadLetterTarget deadLetters, WriterInitContext context) {
    this.connection = ElasticsearchConnection.open(options);
    this.deadLetterProducer = deadLetters == null ? null : deadLetters.producer();
    this.deadLetterTopic = deadLetters == null ? null : deadLetters.topic();
    this.bulk = new BulkWriter(connection.client(), this::deadLetter, settings.batchSize(), settings.retries(),
        Sleeper.SYSTEM);
    this.indexedCounter = context.metricGroup().counter("documentsIndexed");
    this.rejectedCounter = context.metricGroup().counter("documentsRejected");
    context.metricGroup().gauge("documentsBuffered", bulk::buffered);
    context.metricGroup().gauge("bulkRetries", bulk::retries);
    context.metricGroup().gauge("fetchToIndexedMillis", bulk::sourceDelayMillis);
    LOG.info("Elasticsearch sink writer {}: batches of {}, flushed every {} ms; {} retries waiting {} to {} each "
        + "(rides out {} s of outage)", context.getTaskInfo().getIndexOfThisSubtask(), settings.batchSize(),
        settings.flushInterval().toMillis(), settings.retries().maxRetries(), settings.retries().firstDelay(),
        settings.retries().maxDelay(), settings.retries().patience().toSeconds());
    this.timers = context.getProcessingTimeService();
    this.flushIntervalMillis = settings.flushInterval().toMillis();
    scheduleFlush();
  }

  private void scheduleFlush() {
    timers.registerTimer(timers.getCurrentProcessingTime() + flushIntervalMillis, now -> {
      try {
        flushBulk();
      } catch (IOException e) {
        // Surface it on the next write or checkpoint, on the task thread, where Flink handles failures.
        timerFailure = e;
      }
      scheduleFlush();
    });
  }

  @Override
  public void write(IndexOp op, Context context) throws IOException, InterruptedException {
    rethrowTimerFailure();
    bulk.add(op);
    report();
  }

  @Override
  public void flush(boolean endOfInput) throws IOException, InterruptedException {
    rethrowTimerFailure();
    flushBulk();
    if (deadLetterProducer != null) {
      deadLetterProducer.flush();
      IOException failure = deadLetterFailure;
      if (failure != null) {
        deadLetterFailure = null;
        throw failure;
      }
    }
  }

  private void flushBulk() throws IOException, InterruptedException {
    bulk.flush();
    report();
  }

  private void rethrowTimerFailure() throws IOException {
    IOException failure = timerFailure;
    if (failure != null) {
      timerFailure = null;
      throw failure;
    }
  }

  private void report() {
    indexedCounter.inc(bulk.indexed() - reportedIndexed);
    reportedIndexed = bulk.indexed();
    rejectedCounter.inc(bulk.rejected() - reportedRejected);
    reportedRejected = bulk.rejected();
  }

  private void deadLetter(IndexOp op, int status, String reason) {
    if (deadLetterProducer == null) {
      return; // BulkWriter has logged it
    }
    String payload = op.isDelete() ? "delete " + op.index() + "/" + op.id() : new String(op.json(), StandardCharsets.UTF_8);
    DeadLetter letter = new DeadLetter("index", "rejected-by-elasticsearch", status + " " + reason, op.index(), op.id(),
        payload, Instant.now());
    deadLetterProducer.send(new ProducerRecord<>(deadLetterTopic, op.id().getBytes(StandardCharsets.UTF_8),
        letter.toBytes()), (metadata, e) -> {
          if (e != null) {
            deadLetterFailure = new IOException("dead letter for " + op.index() + "/" + op.id() + " not sent", e);
          }
        });
  }

  @Override
  public void close() throws Exception {
    try (ElasticsearchConnection c = connection) {
      if (deadLetterProducer != null) {
        deadLetterProducer.close(java.time.Duration.ofSeconds(30));
      }
    }
  }
}
