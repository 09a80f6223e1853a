package vn.presswatch.ingest.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.CrawlCounters;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.health.HealthFlag;
import vn.presswatch.ingest.health.SourceHealth;
import vn.presswatch.ingest.health.SourceHealthReport;

/**
 * The crawler's live counters and the health of every configured source, rendered in the Prometheus text exposition
 * format (version 0.0.4). Counters are cumulative since the process started; source gauges are recomputed at every
 * scrape, so a feed that stops producing turns {@code SILENT} without a crawl. Served by {@link MetricsServer}.
 */
public final class CrawlMetrics {
  private final CrawlCounters counters;
  private final Supplier<List<SourceHealth>> sources;

  /**
   * @param counters the crawler's counters
   * @param sources the health of every source, as it should be reported now
   */
  public CrawlMetrics(CrawlCounters counters, Supplier<List<SourceHealth>> sources) {
    this.counters = counters;
    this.sources = sources;
  }

  /** The metrics of {@code crawler}, over the sources of {@code outlets}, flagged with the thresholds of settings. */
  public static CrawlMetrics of(CrawlService crawler, List<Outlet> outlets, Settings settings, Clock clock) {
    SourceHealth.Thresholds thresholds = SourceHealth.Thresholds.from(settings);
    return new CrawlMetrics(crawler.counters(),
        () -> SourceHealthReport.of(outlets, crawler.state(), thresholds, clock.instant()));
  }

  /** The whole exposition, one scrape. */
  public String render() {
    StringBuilder out = new StringBuilder(4096);
    counter(out, "presswatch_crawl_feeds_fetched_total", "Feeds requested, 304 answers included.",
        counters.feedsFetched());
    counter(out, "presswatch_crawl_items_seen_total", "Feed items (or backfill sitemap URLs) read.",
        counters.itemsSeen());
    counter(out, "presswatch_crawl_pages_queued_total", "Article pages queued for crawling.", counters.pagesQueued());
    counter(out, "presswatch_crawl_pages_done_total", "Queued article pages dealt with, whatever the outcome.",
        counters.pagesDone());
    counter(out, "presswatch_crawl_pages_fetched_total", "Article pages fetched with a 200.",
        counters.articlesFetched());
    counter(out, "presswatch_crawl_published_total", "Articles sent to Kafka, duplicates included.",
        counters.published());
    counter(out, "presswatch_crawl_duplicates_total", "Published articles recognised as copies of an earlier one.",
        counters.duplicates());
    counter(out, "presswatch_crawl_dead_letters_total", "Dead-letter records sent.", counters.deadLettered());
    header(out, "presswatch_crawl_diverted_total", "counter", "Items dropped or diverted, by reason.");
    counters.byReason().forEach((reason, n) ->
        sample(out, "presswatch_crawl_diverted_total", Map.of("reason", reason), n));
    sources(out, sources.get());
    return out.toString();
  }

  private static void sources(StringBuilder out, List<SourceHealth> all) {
    Map<HealthFlag, Integer> byFlag = new EnumMap<>(HealthFlag.class);
    for (HealthFlag f : HealthFlag.values()) {
      byFlag.put(f, 0);
    }
    all.forEach(h -> byFlag.merge(h.flag(), 1, Integer::sum));
    header(out, "presswatch_sources", "gauge", "Configured sources (feeds) by health flag.");
    byFlag.forEach((flag, n) -> sample(out, "presswatch_sources", Map.of("flag", flag.name()), n));

    header(out, "presswatch_source_flag", "gauge", "1 for the current health flag of each source.");
    all.forEach(h -> sample(out, "presswatch_source_flag", labels(h, Map.of("flag", h.flag().name())), 1));
    header(out, "presswatch_source_consecutive_failures", "gauge", "Failed polls of a source since its last success.");
    all.forEach(h -> sample(out, "presswatch_source_consecutive_failures", labels(h, Map.of()),
        h.consecutiveFailures()));
    header(out, "presswatch_source_items_per_day", "gauge", "New items per day, averaged over the days recorded.");
    all.forEach(h -> sample(out, "presswatch_source_items_per_day", labels(h, Map.of()), h.itemsPerDay()));
    header(out, "presswatch_source_last_success_timestamp_seconds", "gauge",
        "Unix time of the last successful poll; absent when never successful.");
    all.stream().filter(h -> h.lastSuccess() != null).forEach(h ->
        sample(out, "presswatch_source_last_success_timestamp_seconds", labels(h, Map.of()), seconds(h.lastSuccess())));
  }

  private static Map<String, String> labels(SourceHealth h, Map<String, String> more) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    labels.put("outlet", h.outlet());
    labels.put("feed", h.feed());
    labels.putAll(more);
    return labels;
  }

  private static double seconds(Instant t) {
    return t.toEpochMilli() / 1000.0;
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    header(out, name, "counter", help);
    sample(out, name, Map.of(), value);
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void sample(StringBuilder out, String name, Map<String, String> labels, double value) {
    out.append(name);
    if (!labels.isEmpty()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, String> l : labels.entrySet()) {
        out.append(first ? "" : ",").append(l.getKey()).append("=\"").append(escape(l.getValue())).append('"');
        first = false;
      }
      out.append('}');
    }
    out.append(' ').append(value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
        : Double.toString(value)).append('\n');
  }

  /** Label values escape backslash, double quote and line feed, as the text format requires. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
