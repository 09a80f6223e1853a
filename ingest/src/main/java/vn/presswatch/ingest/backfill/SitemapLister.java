package vn.presswatch.ingest.backfill;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.time.VietnamTime;
import vn.presswatch.ingest.fetch.FetchException;
import vn.presswatch.ingest.fetch.FetchResponse;
import vn.presswatch.ingest.fetch.PoliteFetcher;
import vn.presswatch.ingest.fetch.Validators;

/**
 * Lists the article URLs an outlet published in a period, from its sitemaps: sitemap indexes are walked (children
 * last modified before the period are skipped), Google News sitemaps give the publication date, plain sitemaps the
 * last modification. URLs without any date cannot be placed in the period and are counted, not listed.
 *
 * <p>A sitemap URL may be a monthly template: {@code {YYYY}}, {@code {MM}} and {@code {M}} are expanded for every
 * month of the period ({@code https://nhandan.vn/sitemaps/news-{YYYY}-{M}.xml}).
 */
public final class SitemapLister {
  private static final Logger LOG = LoggerFactory.getLogger(SitemapLister.class);

  /**
   * An article URL found in a sitemap.
   *
   * @param url page URL
   * @param publishedAt the sitemap's publication (or last modification) instant
   */
  public record Listed(String url, Instant publishedAt) {}

  /** Told about every sitemap that could not be used and every URL left out, with the reason. */
  public interface Listener {
    void sitemapFailed(String sitemapUrl, String reason, String detail);

    void skipped(String url, String reason);
  }

  private final PoliteFetcher fetcher;
  private final int maxSitemaps;

  /**
   * @param maxSitemaps most sitemap files fetched per call, a guard against endless indexes
   */
  public SitemapLister(PoliteFetcher fetcher, int maxSitemaps) {
    this.fetcher = fetcher;
    this.maxSitemaps = maxSitemaps;
  }

  /** The URLs published between {@code from} and {@code to} (Vietnam-local days, both included), in sitemap order. */
  public List<Listed> list(List<String> sitemaps, LocalDate from, LocalDate to, Listener listener)
      throws InterruptedException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    Instant start = VietnamTime.startOf(from);
    Instant end = VietnamTime.startOf(to.plusDays(1));
    Deque<String> queue = new ArrayDeque<>();
    sitemaps.forEach(s -> queue.addAll(expand(s, from, to)));
    Set<String> fetched = new HashSet<>();
    Map<String, Listed> found = new LinkedHashMap<>();
    while (!queue.isEmpty() && fetched.size() < maxSitemaps) {
      String sitemapUrl = queue.removeFirst();
      if (!fetched.add(sitemapUrl)) {
        continue;
      }
      AbstractSiteMap sitemap;
      try {
        FetchResponse response = fetcher.get(sitemapUrl, Validators.NONE);
        sitemap = parser.parseSiteMap(response.contentType(), response.body(), new URL(response.finalUrl()));
      } catch (FetchException e) {
        listener.sitemapFailed(sitemapUrl, e.reason(), e.getMessage());
        continue;
      } catch (UnknownFormatException | IOException | RuntimeException e) {
        listener.sitemapFailed(sitemapUrl, "malformed-sitemap", String.valueOf(e.getMessage()));
        continue;
      }
      if (sitemap instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          Date modified = child.getLastModified();
          if (modified != null && modified.toInstant().isBefore(start)) {
            continue; // nothing in it can have been published in the period
          }
          queue.addLast(child.getUrl().toString());
        }
      } else if (sitemap instanceof SiteMap map) {
        for (SiteMapURL u : map.getSiteMapUrls()) {
          String url = u.getUrl().toString();
          Instant date = dateOf(u);
          if (date == null) {
            listener.skipped(url, "undated-in-sitemap");
          } else if (date.isBefore(start) || !date.isBefore(end)) {
            listener.skipped(url, "outside-period");
          } else {
            found.putIfAbsent(url, new Listed(url, date));
          }
        }
      }
    }
    if (!queue.isEmpty()) {
      LOG.warn("backfill stopped after {} sitemaps; {} not fetched", maxSitemaps, queue.size());
    }
    return new ArrayList<>(found.values());
  }

  private static Instant dateOf(SiteMapURL u) {
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n && n.getPublicationDate() != null) {
          return n.getPublicationDate().toInstant();
        }
      }
    }
    return u.getLastModified() == null ? null : u.getLastModified().toInstant();
  }

  /** The sitemap URLs a possibly templated URL stands for in the period. */
  static List<String> expand(String url, LocalDate from, LocalDate to) {
    if (!url.contains("{YYYY}")) {
      return List.of(url);
    }
    List<String> urls = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      urls.add(url.replace("{YYYY}", String.valueOf(m.getYear()))
          .replace("{MM}", String.format("%02d", m.getMonthValue()))
          .replace("{M}", String.valueOf(m.getMonthValue())));
    }
    return urls;
  }
}
