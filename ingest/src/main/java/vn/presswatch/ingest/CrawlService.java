package vn.presswatch.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.archive.ResponseArchive;
import vn.presswatch.ingest.archive.WarcArchive;
import vn.presswatch.ingest.backfill.SitemapLister;
import vn.presswatch.ingest.dedup.DuplicateDetector;
import vn.presswatch.ingest.extract.CanonicalUrls;
import vn.presswatch.ingest.feed.FeedItem;
import vn.presswatch.ingest.fetch.FetchSettings;
import vn.presswatch.ingest.fetch.PoliteFetcher;
import vn.presswatch.ingest.fetch.RobotsRules;
import vn.presswatch.core.time.Sleeper;
import vn.presswatch.ingest.health.HealthFlag;
import vn.presswatch.ingest.health.SourceHealth;
import vn.presswatch.ingest.publish.ArticleSink;
import vn.presswatch.ingest.state.CrawlState;

/**
 * The crawler: polls every due feed of the configured outlets, then fetches their new article pages, and hands
 * articles, dead letters and source health to an {@link ArticleSink}. Feeds and pages are grouped by site and each
 * site is crawled by one worker at a time ({@code crawl.threads} workers), politely.
 *
 * <p>State (conditional-GET validators, seen URLs, fingerprints, health) lives in {@code home/crawl/state.json}; it
 * is saved every {@code crawl.state-save-interval} during a crawl and after it, each time once the sink has delivered
 * what it records (see {@link StateCheckpoints}), so a crawler killed mid-way resumes where it was. Raw responses go
 * to {@code home/warc/}. Use {@link #crawlOnce()} for one pass or
 * {@link #runUntilStopped(BooleanSupplier)} for the poll loop; {@link #counters()} can be read at any time.
 */
public final class CrawlService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);
  /** Longest single wait of the poll loop, so that a stop request is noticed promptly. */
  private static final Duration STOP_CHECK = Duration.ofSeconds(1);

  private final List<Outlet> outlets;
  private final ArticleSink sink;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration defaultInterval;
  private final int maxItemsPerFeed;
  private final SourceHealth.Thresholds thresholds;
  private final CrawlState state;
  private final StateCheckpoints checkpoints;
  private final ResponseArchive archive;
  private final PoliteFetcher fetcher;
  private final CrawlCounters counters = new CrawlCounters();
  private final Diversions diversions;
  private final FeedPoller feeds;
  private final ArticlePages pages;
  private final SitemapLister sitemaps;
  private final ExecutorService workers;
  private volatile boolean stopped;

  /** A crawler with the default page reader ({@link ExtractingPageReader}), the system clock and real sleeps. */
  public CrawlService(Settings settings, List<Outlet> outlets, Path home, ArticleSink sink) {
    this(settings, outlets, home, sink, new ExtractingPageReader(), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * A crawler with every collaborator given, for tests and benchmarks.
   *
   * @param home work directory; state goes to {@code home/crawl}, WARC files to {@code home/warc}
   */
  public CrawlService(Settings settings, List<Outlet> outlets, Path home, ArticleSink sink, PageReader reader,
      Clock clock, Sleeper sleeper) {
    this.outlets = List.copyOf(outlets);
    this.sink = sink;
    this.clock = clock;
    this.sleeper = sleeper;
    this.defaultInterval = settings.duration("crawl.default-interval");
    this.maxItemsPerFeed = settings.integer("crawl.max-items-per-feed");
    this.thresholds = SourceHealth.Thresholds.from(settings);
    this.state = CrawlState.open(CrawlState.fileIn(home), settings.integer("crawl.max-seen-urls"),
        settings.integer("crawl.max-fingerprints"));
    this.checkpoints = new StateCheckpoints(state, sink, clock, settings.duration("crawl.state-save-interval"));
    this.archive = settings.bool("crawl.warc")
        ? new WarcArchive(home.resolve("warc"), settings.longValue("crawl.warc-max-file-bytes"))
        : ResponseArchive.NONE;
    FetchSettings fetchSettings = FetchSettings.from(settings);
    this.fetcher = new PoliteFetcher(fetchSettings, clock, sleeper);
    this.diversions = new Diversions(sink, counters, clock);
    this.feeds = new FeedPoller(fetcher, state, archive, sink, counters, diversions, thresholds, clock);
    this.pages = new ArticlePages(fetcher, reader, state, archive,
        new DuplicateDetector(state, settings.integer("crawl.duplicate-max-bits")), sink, counters, diversions,
        settings.integer("crawl.min-text-chars"));
    this.sitemaps = new SitemapLister(fetcher, settings.integer("crawl.backfill-max-sitemaps"));
    int threads = settings.integer("crawl.threads");
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "crawl-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    LOG.info("crawler: {} outlets, {} threads, default interval {}, user agent '{}', private addresses {}",
        outlets.size(), threads, defaultInterval, fetchSettings.userAgent(),
        fetchSettings.allowPrivateAddresses() ? "allowed" : "refused");
    registerDisabledFeeds();
  }

  /** Live counters, readable at any time from any thread. */
  public CrawlCounters counters() {
    return counters;
  }

  /** The crawl state (health of every source, for {@code monitor sources}). */
  public CrawlState state() {
    return state;
  }

  /** Asks a running crawl to stop after the page in hand. Thread-safe. */
  public void stop() {
    stopped = true;
  }

  /**
   * Polls every enabled feed that is due (never polled, or its outlet's interval has passed), then fetches the new
   * article pages they list, saves the state and flushes the sink.
   */
  public CrawlReport crawlOnce() throws InterruptedException {
    Instant start = clock.instant();
    Duration waitedBefore = fetcher.politenessWait();
    Map<Feed, Outlet> due = dueFeeds(start);
    Map<String, List<Runnable>> feedWork = new LinkedHashMap<>();
    List<Listed> listed = Collections.synchronizedList(new ArrayList<>());
    Map<Feed, FeedPoller.Polled> polled = new ConcurrentHashMap<>();
    due.forEach((feed, outlet) -> feedWork.computeIfAbsent(site(feed.url()), s -> new ArrayList<>())
        .add(() -> listed.addAll(newItems(outlet, feed, polled))));
    runBySite(feedWork);
    Map<String, List<Runnable>> pageWork = new LinkedHashMap<>();
    Set<String> queued = new HashSet<>();
    for (Listed l : listed) {
      if (queued.add(CanonicalUrls.clean(l.item().url()))) {
        pageWork.computeIfAbsent(site(l.item().url()), s -> new ArrayList<>())
            .add(() -> crawlPage(l.outlet(), l.item().url(), l.item().publishedAt()));
      } else {
        diversions.skip("listed-twice", l.outlet().id(), l.item().url());
      }
    }
    counters.pagesQueued(queued.size());
    runBySite(pageWork);
    // A stopped crawl keeps the feeds it did not finish due, so that a restart crawls the rest at once.
    polled.forEach((feed, poll) -> {
      if (!stopped || feeds.crawledAll(poll)) {
        feeds.commit(feed, poll);
      }
    });
    checkpoints.save();
    return report(due.size(), start, waitedBefore);
  }

  private CrawlReport report(int sources, Instant start, Duration waitedBefore) {
    CrawlReport report = new CrawlReport(sources, counters.feedsFetched(), counters.itemsSeen(),
        counters.articlesFetched(), counters.published(), counters.duplicates(), counters.deadLettered(),
        counters.byReason(), Duration.between(start, clock.instant()), fetcher.politenessWait().minus(waitedBefore));
    LOG.info("crawl pass over {} sources: {}; {}", sources, counters.summary(), counters.byReason());
    return report;
  }

  /**
   * Crawls the articles the outlets published between {@code from} and {@code to} (Vietnam-local days, included),
   * as listed in their sitemaps. Pages crawled before are skipped ({@code seen-before}); the rest go through the same
   * path as feed items. Progress: {@link CrawlCounters#pagesDone()} of {@link CrawlCounters#pagesQueued()}.
   */
  public CrawlReport backfill(LocalDate from, LocalDate to) throws InterruptedException {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("backfill period ends (" + to + ") before it starts (" + from + ")");
    }
    Instant start = clock.instant();
    Duration waitedBefore = fetcher.politenessWait();
    List<Outlet> withSitemaps = outlets.stream().filter(o -> !o.sitemaps().isEmpty()).toList();
    LOG.info("backfill {} to {}: {} outlets with sitemaps", from, to, withSitemaps.size());
    Map<String, List<Runnable>> listing = new LinkedHashMap<>();
    List<Listed> listed = Collections.synchronizedList(new ArrayList<>());
    for (Outlet outlet : withSitemaps) {
      listing.computeIfAbsent(site(outlet.sitemaps().get(0)), s -> new ArrayList<>())
          .add(() -> listed.addAll(sitemapItems(outlet, from, to)));
    }
    runBySite(listing);
    Map<String, List<Runnable>> pageWork = new LinkedHashMap<>();
    int queued = 0;
    for (Listed l : listed) {
      if (state.seen(CanonicalUrls.clean(l.item().url())).isPresent()) {
        diversions.skip("seen-before", l.outlet().id(), l.item().url());
        continue;
      }
      queued++;
      pageWork.computeIfAbsent(site(l.item().url()), s -> new ArrayList<>())
          .add(() -> crawlPage(l.outlet(), l.item().url(), l.item().publishedAt()));
    }
    counters.pagesQueued(queued);
    runBySite(pageWork);
    checkpoints.save();
    return report(withSitemaps.size(), start, waitedBefore);
  }

  private List<Listed> sitemapItems(Outlet outlet, LocalDate from, LocalDate to) {
    SitemapLister.Listener listener = new SitemapLister.Listener() {
      @Override
      public void sitemapFailed(String sitemapUrl, String reason, String detail) {
        diversions.divert("sitemap", reason, detail, outlet.id(), sitemapUrl, null);
      }

      @Override
      public void skipped(String url, String reason) {
        diversions.skip(reason, outlet.id(), url);
      }
    };
    try {
      List<SitemapLister.Listed> urls = sitemaps.list(outlet.sitemaps(), from, to, listener);
      counters.itemsSeen(urls.size());
      return urls.stream().map(u -> new Listed(outlet, new FeedItem(u.url(), "", "", u.publishedAt()))).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      return List.of();
    }
  }

  /**
   * Crawls in a loop until {@code stop} says so (or {@link #stop()} is called): each pass polls the feeds that are
   * due, then the loop waits until the next feed is due.
   */
  public void runUntilStopped(BooleanSupplier stop) throws InterruptedException {
    while (!stop.getAsBoolean() && !stopped) {
      crawlOnce();
      Instant next = nextDue();
      while (!stop.getAsBoolean() && !stopped && clock.instant().isBefore(next)) {
        Duration remaining = Duration.between(clock.instant(), next);
        sleeper.sleep(remaining.compareTo(STOP_CHECK) < 0 ? remaining : STOP_CHECK);
      }
    }
  }

  /** Crawls one listed article page (used by feeds and by backfills). */
  void crawlPage(Outlet outlet, String url, Instant listedAt) {
    if (stopped) {
      return;
    }
    try {
      pages.crawl(outlet, url, listedAt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    } catch (RuntimeException e) {
      // A page the sink refuses, or a bug on one page, must neither abandon the rest of its site's pages nor pass
      // silently; the page is not marked crawled, so the next poll tries it again.
      LOG.error("page {} of {} failed", url, outlet.id(), e);
      diversions.divert("crawl", "crawler-error", e.toString(), outlet.id(), url, null);
    } finally {
      counters.pageDone();
      checkpoints.maybeSave();
    }
  }

  private List<Listed> newItems(Outlet outlet, Feed feed, Map<Feed, FeedPoller.Polled> polled) {
    if (stopped) {
      return List.of();
    }
    try {
      FeedPoller.Polled poll = feeds.poll(outlet, feed);
      polled.put(feed, poll);
      List<FeedItem> items = poll.items();
      for (FeedItem deferred : items.subList(Math.min(items.size(), maxItemsPerFeed), items.size())) {
        diversions.skip("deferred", outlet.id(), deferred.url());
      }
      return items.subList(0, Math.min(items.size(), maxItemsPerFeed)).stream()
          .map(item -> new Listed(outlet, item)).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      return List.of();
    }
  }

  /** Runs each site's tasks in order on one worker; sites in parallel. */
  void runBySite(Map<String, List<Runnable>> work) throws InterruptedException {
    List<Future<?>> running = new ArrayList<>();
    for (List<Runnable> tasks : work.values()) {
      running.add(workers.submit(() -> tasks.forEach(Runnable::run)));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        // Every task handles bad input itself; reaching here is a bug, which must not hide the other sites' work.
        LOG.error("crawl worker failed", e.getCause());
      }
    }
  }

  private Map<Feed, Outlet> dueFeeds(Instant now) {
    Map<Feed, Outlet> due = new LinkedHashMap<>();
    for (Outlet outlet : outlets) {
      for (Feed feed : outlet.enabledFeeds()) {
        if (!dueAt(outlet, feed).isAfter(now)) {
          due.put(feed, outlet);
        }
      }
    }
    return due;
  }

  private Instant nextDue() {
    return outlets.stream()
        .flatMap(o -> o.enabledFeeds().stream().map(f -> dueAt(o, f)))
        .min(Instant::compareTo)
        .orElse(clock.instant().plus(defaultInterval));
  }

  private Instant dueAt(Outlet outlet, Feed feed) {
    Duration interval = outlet.crawlInterval() != null ? outlet.crawlInterval() : defaultInterval;
    return state.feed(feed.url())
        .map(v -> v.lastPolled() == null ? Instant.MIN : v.lastPolled().plus(interval))
        .orElse(Instant.MIN);
  }

  private void registerDisabledFeeds() {
    for (Outlet outlet : outlets) {
      for (Feed feed : outlet.feeds()) {
        if (!feed.enabled()) {
          // Published too, so that the dashboards list disabled feeds with their reason.
          SourceHealth health = state.health(outlet.id(), feed.url())
              .map(h -> new SourceHealth(h.outlet(), h.feed(), feed.disabled(), h.lastSuccess(), h.lastError(),
                  h.lastErrorAt(), h.consecutiveFailures(), h.lastNewItemAt(), h.newItemsByDay(), HealthFlag.DISABLED))
              .orElse(SourceHealth.fresh(outlet.id(), feed.url(), feed.disabled()));
          state.health(health);
          sink.sourceHealth(health);
        }
      }
    }
  }

  static String site(String url) {
    try {
      return RobotsRules.siteOf(URI.create(url.trim()));
    } catch (RuntimeException e) {
      return url;
    }
  }

  @Override
  public void close() throws IOException {
    stopped = true;
    workers.shutdownNow();
    try {
      checkpoints.save();
    } catch (RuntimeException e) {
      LOG.error("crawl state not saved at close: {}", e.getMessage());
    }
    archive.close();
  }

  private record Listed(Outlet outlet, FeedItem item) {}
}
