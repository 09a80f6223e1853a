package vn.presswatch.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param type Rome's name of the format, for example {@code rss_2.0} or {@code atom_1.0}
 * @param title channel title
 * @param items entries with a usable link, in feed order, duplicates (same URL) removed
 * @param skipped entries without a usable link
 */
public record ParsedFeed(String type, String title, List<FeedItem> items, int skipped) {}
