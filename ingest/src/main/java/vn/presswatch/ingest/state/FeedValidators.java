package vn.presswatch.ingest.state;

import java.time.Instant;

/**
 * What the crawl remembers of one feed between polls.
 *
 * @param etag last ETag, null when none
 * @param lastModified last Last-Modified header, null when none
 * @param lastPolled when it was last polled (whatever the outcome), to honour the crawl interval
 */
public record FeedValidators(String etag, String lastModified, Instant lastPolled) {}
