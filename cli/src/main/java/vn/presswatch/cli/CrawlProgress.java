package vn.presswatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import vn.presswatch.ingest.CrawlCounters;

/**
 * A progress line on stderr, redrawn in place twice a second from the crawler's live counters: a bar of pages done
 * out of pages queued, then the counts.
 */
final class CrawlProgress implements AutoCloseable {
  private static final Duration REFRESH = Duration.ofMillis(500);
  private static final int BAR = 30;

  private final PrintWriter err;
  private final CrawlCounters counters;
  private final Thread painter;

  CrawlProgress(PrintWriter err, CrawlCounters counters) {
    this.err = err;
    this.counters = counters;
    this.painter = new Thread(this::paintUntilClosed, "crawl-progress");
    painter.setDaemon(true);
    painter.start();
  }

  private void paintUntilClosed() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        paint();
        Thread.sleep(REFRESH.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The line for the current counts. */
  static String line(CrawlCounters c) {
    long queued = c.pagesQueued();
    long done = Math.min(c.pagesDone(), queued);
    int filled = queued == 0 ? 0 : (int) (BAR * done / queued);
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + queued + " pages | "
        + c.summary();
  }

  private synchronized void paint() {
    err.print("\r" + line(counters));
    err.flush();
  }

  @Override
  public void close() {
    painter.interrupt();
    try {
      painter.join(REFRESH.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    paint();
    err.println();
    err.flush();
  }
}
