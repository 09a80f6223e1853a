package vn.presswatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.ingest.publish.ArticleSink;
import vn.presswatch.ingest.state.CrawlState;

/**
 * Saves the crawl state while a crawl runs, so that a crawler killed mid-way ({@code kill -9}, power loss) resumes
 * where it was instead of crawling and publishing the whole pass again. Each checkpoint copies the state, flushes the
 * sink (so every article the copy records as crawled is durably published), then writes the copy atomically. A failed
 * flush stops all further writes: the state in memory then names pages whose articles may be lost, and must never
 * reach the file; the failure is re-thrown by the next {@link #save()}.
 */
final class StateCheckpoints {
  private static final Logger LOG = LoggerFactory.getLogger(StateCheckpoints.class);

  private final CrawlState state;
  private final ArticleSink sink;
  private final Clock clock;
  private final Duration interval;
  private final ReentrantLock saving = new ReentrantLock();
  private volatile Instant last;
  private volatile RuntimeException failure;

  /** @param interval least time between two checkpoints during a crawl ({@code crawl.state-save-interval}) */
  StateCheckpoints(CrawlState state, ArticleSink sink, Clock clock, Duration interval) {
    this.state = state;
    this.sink = sink;
    this.clock = clock;
    this.interval = interval;
    this.last = clock.instant();
  }

  /**
   * Saves if the interval has passed since the last save and no other worker is saving; called after each page.
   * Never throws: a failure is kept for {@link #save()}.
   */
  void maybeSave() {
    if (failure != null || clock.instant().isBefore(last.plus(interval)) || !saving.tryLock()) {
      return;
    }
    try {
      checkpoint();
    } catch (RuntimeException e) {
      LOG.error("crawl state not saved, and will not be saved again in this run: {}", e.getMessage());
    } finally {
      saving.unlock();
    }
  }

  /**
   * Flushes the sink and saves the state (at the end of a pass, and at close).
   *
   * @throws IllegalStateException when this or an earlier checkpoint could not deliver everything to the sink
   */
  void save() {
    saving.lock();
    try {
      checkpoint();
    } finally {
      saving.unlock();
    }
  }

  private void checkpoint() {
    if (failure != null) {
      throw failure;
    }
    // The copy first: whatever a worker marks as crawled after it was taken may not be in this flush.
    CrawlState.Snapshot snapshot = state.snapshot();
    try {
      sink.flush();
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
    state.write(snapshot);
    last = clock.instant();
  }
}
