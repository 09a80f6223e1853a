package vn.presswatch.ingest;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.ingest.publish.ArticleSink;

/** Sends an input the crawler cannot use to the dead-letter topic, logged with its URL and counted by reason. */
final class Diversions {
  private static final Logger LOG = LoggerFactory.getLogger(Diversions.class);

  private final ArticleSink sink;
  private final CrawlCounters counters;
  private final Clock clock;

  Diversions(ArticleSink sink, CrawlCounters counters, Clock clock) {
    this.sink = sink;
    this.counters = counters;
    this.clock = clock;
  }

  void divert(String stage, String reason, String detail, String outlet, String url, String payload) {
    LOG.warn("dead letter [{} {}] {} {}: {}", stage, reason, outlet, url, detail);
    counters.deadLettered(reason);
    sink.deadLetter(new DeadLetter(stage, reason, detail, outlet, url, payload, clock.instant()));
  }

  /** Counts and logs an item skipped on purpose (not an error, so no dead letter). */
  void skip(String reason, String outlet, String url) {
    LOG.debug("skipped [{}] {} {}", reason, outlet, url);
    counters.reason(reason);
  }
}
