package vn.presswatch.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counts of one crawler, readable from any thread at any time (for a progress line). Every item the crawler
 * drops or diverts is counted in {@link #byReason()} under a named reason such as {@code not-modified}, {@code
 * seen-before}, {@code robots-disallowed}, {@code too-large}, {@code no-body}, {@code malformed-feed}, {@code
 * duplicate}.
 */
public final class CrawlCounters {
  private final LongAdder feedsFetched = new LongAdder();
  private final LongAdder itemsSeen = new LongAdder();
  private final LongAdder articlesFetched = new LongAdder();
  private final LongAdder published = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder deadLettered = new LongAdder();
  private final LongAdder pagesQueued = new LongAdder();
  private final LongAdder pagesDone = new LongAdder();
  private final ConcurrentHashMap<String, LongAdder> reasons = new ConcurrentHashMap<>();

  /** Feeds requested (including 304 answers). */
  public long feedsFetched() {
    return feedsFetched.sum();
  }

  /** Feed items read from fetched feeds, or sitemap URLs in a backfill. */
  public long itemsSeen() {
    return itemsSeen.sum();
  }

  /** Article pages fetched with a 200. */
  public long articlesFetched() {
    return articlesFetched.sum();
  }

  /** Articles handed to the sink, duplicates included. */
  public long published() {
    return published.sum();
  }

  /** Published articles recognised as copies of an earlier one. */
  public long duplicates() {
    return duplicates.sum();
  }

  /** Dead-letter records sent. */
  public long deadLettered() {
    return deadLettered.sum();
  }

  /** Article pages queued for crawling (from feeds or, in a backfill, sitemaps). */
  public long pagesQueued() {
    return pagesQueued.sum();
  }

  /** Queued pages dealt with, whatever the outcome: with {@link #pagesQueued()}, a progress fraction. */
  public long pagesDone() {
    return pagesDone.sum();
  }

  /** Dropped or diverted items per reason, sorted by reason. */
  public Map<String, Long> byReason() {
    Map<String, Long> out = new TreeMap<>();
    reasons.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** One line for a progress display. */
  public String summary() {
    return String.format("feeds %d, items %d, pages %d, published %d (duplicates %d), dead letters %d",
        feedsFetched(), itemsSeen(), articlesFetched(), published(), duplicates(), deadLettered());
  }

  void feedFetched() {
    feedsFetched.increment();
  }

  void itemsSeen(int n) {
    itemsSeen.add(n);
  }

  void pagesQueued(int n) {
    pagesQueued.add(n);
  }

  void pageDone() {
    pagesDone.increment();
  }

  void articleFetched() {
    articlesFetched.increment();
  }

  void published(boolean duplicate) {
    published.increment();
    if (duplicate) {
      duplicates.increment();
      reason("duplicate");
    }
  }

  void deadLettered(String reason) {
    deadLettered.increment();
    reason(reason);
  }

  void reason(String reason) {
    reasons.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }
}
