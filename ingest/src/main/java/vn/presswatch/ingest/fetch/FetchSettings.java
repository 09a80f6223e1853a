package vn.presswatch.ingest.fetch;

import java.time.Duration;
import vn.presswatch.core.config.Settings;

/**
 * The {@code fetch.*} settings, typed. Built from {@link Settings}, which holds the defaults.
 *
 * @param userAgent User-Agent header of every request
 * @param robotsAgent product token matched against robots.txt groups
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout timeout of one whole request
 * @param maxBodyBytes responses larger than this (decompressed) are refused
 * @param maxRedirects redirects followed before giving up
 * @param retries attempts after the first for transient failures
 * @param retryBackoff wait before the first retry, doubled for each further one
 * @param crawlDelay wait between two requests to one host when robots.txt says nothing
 * @param maxCrawlDelay upper bound for a robots.txt Crawl-delay
 * @param robotsTtl how long a robots.txt is cached
 * @param allowPrivateAddresses whether loopback and private addresses may be fetched (tests and replay only)
 */
public record FetchSettings(
    String userAgent,
    String robotsAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int retries,
    Duration retryBackoff,
    Duration crawlDelay,
    Duration maxCrawlDelay,
    Duration robotsTtl,
    boolean allowPrivateAddresses) {

  public static FetchSettings from(Settings s) {
    return new FetchSettings(
        s.string("fetch.user-agent"),
        s.string("fetch.robots-agent"),
        s.duration("fetch.connect-timeout"),
        s.duration("fetch.request-timeout"),
        s.longValue("fetch.max-body-bytes"),
        s.integer("fetch.max-redirects"),
        s.integer("fetch.retries"),
        s.duration("fetch.retry-backoff"),
        s.duration("fetch.crawl-delay"),
        s.duration("fetch.max-crawl-delay"),
        s.duration("fetch.robots-ttl"),
        s.bool("fetch.allow-private-addresses"));
  }
}
