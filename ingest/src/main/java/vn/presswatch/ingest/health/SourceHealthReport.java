package vn.presswatch.ingest.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.state.CrawlState;

/**
 * The health of every configured source, as {@code monitor sources} shows it: one row per feed of outlets.yaml in
 * file order, taken from the crawl state, with the flag recomputed for now (a feed goes SILENT while nobody crawls).
 * Feeds never crawled are NEW, feeds disabled in outlets.yaml DISABLED with their reason.
 */
public final class SourceHealthReport {
  private SourceHealthReport() {}

  public static List<SourceHealth> of(List<Outlet> outlets, CrawlState state, SourceHealth.Thresholds thresholds,
      Instant now) {
    List<SourceHealth> rows = new ArrayList<>();
    for (Outlet outlet : outlets) {
      for (Feed feed : outlet.feeds()) {
        String disabled = feed.enabled() ? null : feed.disabled();
        SourceHealth known = state.health(outlet.id(), feed.url()).orElse(null);
        rows.add(known == null
            ? SourceHealth.fresh(outlet.id(), feed.url(), disabled)
            : new SourceHealth(known.outlet(), known.feed(), disabled, known.lastSuccess(), known.lastError(),
                known.lastErrorAt(), known.consecutiveFailures(), known.lastNewItemAt(), known.newItemsByDay(),
                known.flag()).reflagged(now, thresholds));
      }
    }
    return rows;
  }
}
