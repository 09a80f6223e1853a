package vn.presswatch.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed: a link to an article page.
 *
 * @param url absolute article URL
 * @param title entry title, NFC, may be empty
 * @param summary entry description as plain text, NFC, may be empty
 * @param publishedAt the entry's publication (or update) date, null when the feed gives none or an unreadable one
 */
public record FeedItem(String url, String title, String summary, Instant publishedAt) {}
