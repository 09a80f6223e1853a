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
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import vn.presswatch.core.time.Sleeper;
import org.slf4j.LoggerFactory;

/**
 * Buffers documents and writes them with the bulk API. Documents that fail with a transient status (429 and 5xx) are
 * retried with exponential backoff; documents rejected for good go to {@link FailedDocuments}, never away. When the
 * cluster stays unreachable past the retry budget, {@link #flush()} throws, so the caller (the Flink sink) fails and
 * is restarted from its last checkpoint without losing anything.
 *
 * <p>Not thread-safe: one writer per sink task.
 */
public final class BulkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);
  private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);

  private final ElasticsearchClient client;
  private final FailedDocuments failed;
  private final int batchSize;
  private final int maxRetries;
  private final Duration firstBackoff;
  private final Sleeper sleeper;
  // Keyed by index and id: a later version of a document in the same batch replaces the earlier one.
  private final Map<String, IndexOp> buffer = new LinkedHashMap<>();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  public BulkWriter(
      ElasticsearchClient client, FailedDocuments failed, int batchSize, int maxRetries, Duration firstBackoff,
      Sleeper sleeper) {
    if (batchSize < 1 || maxRetries < 0) {
      throw new IllegalArgumentException("batch size must be at least 1 and retries not negative");
    }
    this.client = client;
    this.failed = failed;
    this.batchSize = batchSize;
    this.maxRetries = maxRetries;
    this.firstBackoff = firstBackoff;
    this.sleeper = sleeper;
  }

  /** Adds a document; sends the buffer when it reaches the batch size. */
  public void add(IndexOp op) throws IOException, InterruptedException {
    buffer.put(op.index() + '\u0000' + op.id(), op);
    if (buffer.size() >= batchSize) {
      flush();
    }
  }

  /** Sends everything buffered, retrying transient failures; returns when all are written or diverted. */
  public void flush() throws IOException, InterruptedException {
    List<IndexOp> pending = new ArrayList<>(buffer.values());
    buffer.clear();
    Duration backoff = firstBackoff;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt > 0) {
        if (attempt > maxRetries) {
          // Put them back so a caller that survives (or a restart from checkpoint) still has them.
          pending.forEach(op -> buffer.put(op.index() + '\u0000' + op.id(), op));
          throw new IOException(pending.size() + " documents still not written after " + maxRetries + " retries");
        }
        retries.incrementAndGet();
        sleeper.sleep(backoff);
        backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
            : backoff.multipliedBy(2);
      }
      pending = send(pending);
    }
  }

  /** Sends one bulk request; returns the documents to retry. */
  private List<IndexOp> send(List<IndexOp> ops) {
    BulkRequest.Builder request = new BulkRequest.Builder();
    for (IndexOp op : ops) {
      BinaryData doc = BinaryData.of(op.json(), ContentType.APPLICATION_JSON);
      request.operations(o -> o.index(i -> i.index(op.index()).id(op.id()).document(doc)));
    }
    BulkResponse response;
    try {
      response = client.bulk(request.build());
    } catch (IOException | RuntimeException e) {
      LOG.warn("bulk request of {} documents failed, will retry: {}", ops.size(), e.toString());
      return ops;
    }
    List<IndexOp> retry = new ArrayList<>();
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      IndexOp op = ops.get(i);
      if (item.error() == null) {
        indexed.incrementAndGet();
      } else if (TRANSIENT.contains(item.status())) {
        retry.add(op);
      } else {
        rejected.incrementAndGet();
        String reason = item.error().type() + ": " + item.error().reason();
        LOG.warn("document {}/{} rejected ({}): {}", op.index(), op.id(), item.status(), reason);
        failed.rejected(op, item.status(), reason);
      }
    }
    return retry;
  }

  public int buffered() {
    return buffer.size();
  }

  public long indexed() {
    return indexed.get();
  }

  public long rejected() {
    return rejected.get();
  }

  public long retries() {
    return retries.get();
  }
}
