package vn.presswatch.ingest;

import java.time.Duration;
import java.util.Map;

/**
 * What one {@link CrawlService#crawlOnce()} did.
 *
 * @param feedsPolled feeds that were due and polled; for a backfill, outlets whose sitemaps were listed
 * @param feedsFetched feed requests answered (200 or 304), over the service's life
 * @param itemsSeen feed items read
 * @param articlesFetched article pages fetched
 * @param published articles sent to the sink (duplicates included)
 * @param duplicates of which recognised copies
 * @param deadLettered dead-letter records sent
 * @param byReason dropped or diverted items by reason
 * @param elapsed wall-clock time of the crawl
 * @param politenessWait time spent waiting for hosts' turns
 */
public record CrawlReport(
    int feedsPolled,
    long feedsFetched,
    long itemsSeen,
    long articlesFetched,
    long published,
    long duplicates,
    long deadLettered,
    Map<String, Long> byReason,
    Duration elapsed,
    Duration politenessWait) {

  public CrawlReport {
    byReason = Map.copyOf(byReason);
  }
}
