package vn.presswatch.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.time.Sleeper;

/**
 * Buffers documents and writes them with the bulk API. Transient failures (no response because the cluster is down or
 * restarting, 408, 429, 5xx; see {@link BulkFailure}) are retried with a growing, capped delay ({@link RetryBackoff}),
 * each retry logged; documents rejected for good, one by one or because the whole request was refused with another
 * 4xx, go to {@link FailedDocuments} with the reason, never away. When the cluster stays unreachable past the retry
 * budget, or refuses the writer's credentials (401, 403), {@link #flush()} throws and keeps the documents, so the caller (the Flink sink) fails and is restarted from
 * its last checkpoint without losing anything.
 *
 * <p>Not thread-safe: one writer per sink task.
 */
public final class BulkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

  private final ElasticsearchClient client;
  private final FailedDocuments failed;
  private final int batchSize;
  private final RetryBackoff backoff;
  private final Sleeper sleeper;
  // Keyed by index and id: a later version of a document in the same batch replaces the earlier one.
  private final Map<String, IndexOp> buffer = new LinkedHashMap<>();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private volatile long sourceDelayMillis = -1;

  public BulkWriter(ElasticsearchClient client, FailedDocuments failed, int batchSize, RetryBackoff backoff,
      Sleeper sleeper) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.client = client;
    this.failed = failed;
    this.batchSize = batchSize;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** Adds a document; sends the buffer when it reaches the batch size. */
  public void add(IndexOp op) throws IOException, InterruptedException {
    buffer.put(key(op), op);
    if (buffer.size() >= batchSize) {
      flush();
    }
  }

  /** Sends everything buffered, retrying transient failures; returns when all are written or diverted. */
  public void flush() throws IOException, InterruptedException {
    List<IndexOp> pending = new ArrayList<>(buffer.values());
    buffer.clear();
    for (int retry = 1; ; retry++) {
      Attempt attempt = send(pending);
      if (attempt.failure() != null && attempt.failure().isRefusedCredentials()) {
        keep(pending);
        throw new IOException("Elasticsearch refused the writer's credentials, " + attempt.failure()
            + ": check elasticsearch.api-key / username / password and the role's index privileges; "
            + pending.size() + " documents kept");
      }
      pending = attempt.retry();
      if (pending.isEmpty()) {
        if (retry > 1) {
          LOG.info("bulk request succeeded after {} retries", retry - 1);
        }
        return;
      }
      if (retry > backoff.maxRetries()) {
        keep(pending);
        throw new IOException(pending.size() + " documents still not written after " + backoff.maxRetries()
            + " retries; last failure: " + attempt.failure());
      }
      Duration delay = backoff.delay(retry);
      LOG.warn("{} documents not written: {}; retry {}/{} in {} ms", pending.size(), attempt.failure(), retry,
          backoff.maxRetries(), delay.toMillis());
      retries.incrementAndGet();
      sleeper.sleep(delay);
    }
  }

  /** Puts documents back, so a caller that survives (or a restart from checkpoint) still has them. */
  private void keep(List<IndexOp> ops) {
    ops.forEach(op -> buffer.put(key(op), op));
  }

  private static String key(IndexOp op) {
    return op.index() + '\u0000' + op.id();
  }

  /** What one bulk request left to retry, and why. */
  private record Attempt(List<IndexOp> retry, BulkFailure failure) {}

  /** Sends one bulk request; returns the documents to retry. */
  private Attempt send(List<IndexOp> ops) {
    BulkRequest.Builder request = new BulkRequest.Builder();
    for (IndexOp op : ops) {
      if (op.isDelete()) {
        request.operations(o -> o.delete(d -> d.index(op.index()).id(op.id())));
      } else {
        BinaryData doc = BinaryData.of(op.json(), ContentType.APPLICATION_JSON);
        request.operations(o -> o.index(i -> i.index(op.index()).id(op.id()).document(doc)));
      }
    }
    BulkResponse response;
    try {
      response = client.bulk(request.build());
    } catch (IOException | RuntimeException e) {
      BulkFailure failure = BulkFailure.of(e);
      if (failure.isTransient() || failure.isRefusedCredentials()) {
        return new Attempt(ops, failure);
      }
      LOG.warn("bulk request of {} documents refused for good ({}): diverting them", ops.size(), failure);
      ops.forEach(op -> reject(op, failure.status(), failure.reason()));
      return new Attempt(List.of(), null);
    }
    List<IndexOp> retry = new ArrayList<>();
    BulkFailure lastTransient = null;
    List<BulkResponseItem> items = response.items();
    long written = System.currentTimeMillis();
    long oldestSource = Long.MAX_VALUE;
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      IndexOp op = ops.get(i);
      // Deleting what is not there (404, with an error when not even its index exists) is done too.
      if (item.error() == null || op.isDelete() && item.status() == 404) {
        indexed.incrementAndGet();
        if (op.sourceMillis() > 0) {
          oldestSource = Math.min(oldestSource, op.sourceMillis());
        }
        continue;
      }
      String reason = item.error().type() + ": " + item.error().reason();
      if (BulkFailure.isTransient(item.status())) {
        retry.add(op);
        lastTransient = new BulkFailure(item.status(), reason);
      } else {
        LOG.warn("document {}/{} rejected ({}): {}", op.index(), op.id(), item.status(), reason);
        reject(op, item.status(), reason);
      }
    }
    if (oldestSource != Long.MAX_VALUE) {
      sourceDelayMillis = written - oldestSource;
    }
    return new Attempt(retry, lastTransient);
  }

  private void reject(IndexOp op, int status, String reason) {
    rejected.incrementAndGet();
    failed.rejected(op, status, reason);
  }

  /** Documents waiting for the next bulk request, or kept after a failed one. */
  public int buffered() {
    return buffer.size();
  }

  /** Documents written (deletions included), since the writer was made. */
  public long indexed() {
    return indexed.get();
  }

  /** Documents given to {@link FailedDocuments}, since the writer was made. */
  public long rejected() {
    return rejected.get();
  }

  /** Bulk requests re-sent after a transient failure, since the writer was made. */
  public long retries() {
    return retries.get();
  }

  /**
   * In the last bulk request that wrote documents with a {@link IndexOp#sourceMillis() source time}: the longest time
   * from source to written among them, in milliseconds; -1 before any.
   */
  public long sourceDelayMillis() {
    return sourceDelayMillis;
  }
}
