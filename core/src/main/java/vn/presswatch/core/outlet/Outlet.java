package vn.presswatch.core.outlet;

import java.time.Duration;
import java.util.List;

/**
 * A news outlet the pipeline monitors, as configured in {@code config/outlets.yaml}.
 *
 * @param id short stable id used in every record and index, for example {@code nhandan}
 * @param name display name, for example "Báo Nhân Dân"
 * @param homepage home page URL
 * @param language ISO 639-1 language code of its articles
 * @param kind what kind of press organ it is
 * @param feeds RSS/Atom feeds, possibly disabled with a reason
 * @param sitemaps sitemap or Google News sitemap URLs for backfills
 * @param selectors optional per-outlet CSS selectors for article pages
 * @param crawlInterval how often its feeds are polled
 */
public record Outlet(
    String id,
    String name,
    String homepage,
    String language,
    OutletKind kind,
    List<Feed> feeds,
    List<String> sitemaps,
    OutletSelectors selectors,
    Duration crawlInterval) {

  public Outlet {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
    selectors = selectors == null ? OutletSelectors.NONE : selectors;
    kind = kind == null ? OutletKind.OTHER : kind;
    language = language == null ? "vi" : language;
  }

  /** The feeds that are crawled. */
  public List<Feed> enabledFeeds() {
    return feeds.stream().filter(Feed::enabled).toList();
  }
}
