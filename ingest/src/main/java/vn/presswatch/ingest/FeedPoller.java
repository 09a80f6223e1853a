package vn.presswatch.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.archive.ResponseArchive;
import vn.presswatch.ingest.extract.CanonicalUrls;
import vn.presswatch.ingest.feed.FeedItem;
import vn.presswatch.ingest.feed.FeedParseException;
import vn.presswatch.ingest.feed.FeedParser;
import vn.presswatch.ingest.feed.ParsedFeed;
import vn.presswatch.ingest.fetch.FetchException;
import vn.presswatch.ingest.fetch.FetchResponse;
import vn.presswatch.ingest.fetch.PoliteFetcher;
import vn.presswatch.ingest.fetch.Validators;
import vn.presswatch.ingest.health.SourceHealth;
import vn.presswatch.ingest.publish.ArticleSink;
import vn.presswatch.ingest.state.CrawlState;
import vn.presswatch.ingest.state.FeedValidators;

/**
 * Polls one feed: conditional GET with the validators kept in the crawl state, archive, parse, and the items whose
 * URL was not crawled before. Updates the source's health and publishes it; a failure is dead-lettered.
 */
final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  private final PoliteFetcher fetcher;
  private final CrawlState state;
  private final ResponseArchive archive;
  private final ArticleSink sink;
  private final CrawlCounters counters;
  private final Diversions diversions;
  private final SourceHealth.Thresholds thresholds;
  private final Clock clock;

  FeedPoller(PoliteFetcher fetcher, CrawlState state, ResponseArchive archive, ArticleSink sink,
      CrawlCounters counters, Diversions diversions, SourceHealth.Thresholds thresholds, Clock clock) {
    this.fetcher = fetcher;
    this.state = state;
    this.archive = archive;
    this.sink = sink;
    this.counters = counters;
    this.diversions = diversions;
    this.thresholds = thresholds;
    this.clock = clock;
  }

  /**
   * The result of one poll.
   *
   * @param items the feed's items not crawled before, in feed order; empty when not modified or failed
   * @param validators the response's validators, to be kept (by {@link #commit}) only once every item is crawled,
   *     null when there is nothing to keep
   * @param polledAt when the poll started, kept by {@link #commit} as the feed's last poll
   */
  record Polled(List<FeedItem> items, Validators validators, Instant polledAt) {
    static Polled nothing(Instant polledAt) {
      return new Polled(List.of(), null, polledAt);
    }
  }

  /**
   * Polls a feed. The state is left as it was until {@link #commit}: if the crawl stops or is killed, the feed is
   * still due and is polled again at once; if some pages fail for a while or are deferred, the next poll fetches the
   * whole feed again instead of getting a 304 and losing the items not crawled yet.
   */
  Polled poll(Outlet outlet, Feed feed) throws InterruptedException {
    String url = feed.url();
    Instant now = clock.instant();
    FeedValidators known = state.feed(url).orElse(new FeedValidators(null, null, null));
    FetchResponse response;
    try {
      response = fetcher.get(url, new Validators(known.etag(), known.lastModified()));
    } catch (FetchException e) {
      fail(outlet, feed, "fetch", e.reason(), e.getMessage(), null);
      return Polled.nothing(now);
    }
    counters.feedFetched();
    if (response.notModified()) {
      diversions.skip("not-modified", outlet.id(), url);
      record(health(outlet, feed).success(now, 0, thresholds));
      return Polled.nothing(now);
    }
    archive.archive(response);
    ParsedFeed parsed;
    try {
      parsed = FeedParser.parse(response.body(), response.contentType(), response.finalUrl());
    } catch (FeedParseException e) {
      // The broken version's validators are not kept: a 304 next time must not pass for a healthy feed.
      fail(outlet, feed, "feed", e.reason(), e.getMessage(), new String(response.body(), StandardCharsets.UTF_8));
      return Polled.nothing(now);
    }
    counters.itemsSeen(parsed.items().size());
    for (int i = 0; i < parsed.skipped(); i++) {
      diversions.skip("no-link", outlet.id(), url);
    }
    List<FeedItem> fresh = parsed.items().stream().filter(item -> isNew(outlet, item)).toList();
    LOG.info("feed {} {}: {} items, {} new", outlet.id(), url, parsed.items().size(), fresh.size());
    record(health(outlet, feed).success(now, fresh.size(), thresholds));
    return new Polled(fresh, Validators.of(response), now);
  }

  /** Whether every item a poll listed has been crawled (published or dead-lettered for good). */
  boolean crawledAll(Polled polled) {
    return polled.items().stream().allMatch(i -> state.seen(CanonicalUrls.clean(i.url())).isPresent());
  }

  /**
   * Records the poll's time, so that the feed is next due one interval later, and keeps its validators for the next
   * conditional GET if every item it listed has been crawled.
   */
  void commit(Feed feed, Polled polled) {
    FeedValidators known = state.feed(feed.url()).orElse(new FeedValidators(null, null, null));
    state.feed(feed.url(), polled.validators() != null && crawledAll(polled)
        ? new FeedValidators(polled.validators().etag(), polled.validators().lastModified(), polled.polledAt())
        : new FeedValidators(known.etag(), known.lastModified(), polled.polledAt()));
  }

  private boolean isNew(Outlet outlet, FeedItem item) {
    if (state.seen(CanonicalUrls.clean(item.url())).isPresent()) {
      diversions.skip("seen-before", outlet.id(), item.url());
      return false;
    }
    return true;
  }

  private void fail(Outlet outlet, Feed feed, String stage, String reason, String detail, String payload) {
    diversions.divert(stage, reason, detail, outlet.id(), feed.url(), payload);
    record(health(outlet, feed).failure(clock.instant(), reason + ": " + detail, thresholds));
  }

  private SourceHealth health(Outlet outlet, Feed feed) {
    return state.health(outlet.id(), feed.url()).orElse(SourceHealth.fresh(outlet.id(), feed.url(), null));
  }

  private void record(SourceHealth health) {
    state.health(health);
    sink.sourceHealth(health);
  }
}
