package vn.presswatch.cli;

import java.io.PrintWriter;
import java.util.Map;
import vn.presswatch.cli.pipeline.PipelineStatus;

/**
 * The live progress line of {@code monitor run} and {@code monitor reprocess}: rewritten in place on a terminal, printed every few updates
 * otherwise (logs and CI).
 */
final class Progress {
  private static final int LOG_EVERY = 5;

  private final PrintWriter err;
  private final boolean terminal;
  private int updates;
  private String last = "";

  Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  static String line(String crawler, PipelineStatus status) {
    Map<String, Long> p = status.pipeline();
    return String.format("%s | classified %d (lag %d) | indexed %d articles, %d coverage rows | dead letters %d",
        crawler, p.get("articles_processed"), p.get("processing_lag"), p.get("articles_indexed"),
        p.get("coverage_rows"), p.get("dead_letters"));
  }

  void show(String crawler, PipelineStatus status) {
    show(line(crawler, status));
  }

  /** Shows {@code line} as the current progress. */
  void show(String line) {
    last = line;
    if (terminal) {
      err.print("\r\u001b[2K" + last);
      err.flush();
    } else if (updates++ % LOG_EVERY == 0) {
      err.println(last);
      err.flush();
    }
  }

  void done() {
    if (terminal) {
      err.println();
    } else {
      err.println(last);
    }
    err.flush();
  }
}
