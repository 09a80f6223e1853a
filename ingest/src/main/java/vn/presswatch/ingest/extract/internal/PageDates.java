package vn.presswatch.ingest.extract.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.presswatch.ingest.extract.PublishedDates;

/**
 * Finds a page's publication and modification instants, most reliable source first: schema.org JSON-LD, meta tags
 * (Open Graph, Dublin Core, {@code pubdate}, {@code itemprop}...), {@code <time>} elements, date lines printed on the
 * page, and finally a {@code /yyyy/mm/dd/} date in the URL.
 */
public final class PageDates {
  private static final String[] PUBLISHED_META = {
    "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "og:published_time", "article.published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "publication_date", "date",
    "its_publication", "datecreated"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified", "dc.date.modified",
    "dcterms.modified", "article.updated", "article_updatetime", "updated_time"
  };
  private static final String PRINTED_DATE_SELECTOR =
      "[class~=(?i)(date|time|publish|ngay|thoi-?gian)], [id~=(?i)(date|time|publish)],"
          + " [data-role~=(?i)(date|time)], time";
  private static final int MAX_PRINTED_DATE_CHARS = 80;
  private static final int HEADLINE_LEVELS = 3;
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})/");

  private PageDates() {}

  /**
   * When the article was published, or null.
   *
   * @param headline the page's headline element, or null: printed dates near it are preferred to, say, today's date
   *     in the site header
   */
  public static Instant published(
      Document document, MetaTags meta, JsonLdArticle jsonLd, String url, Element headline) {
    return firstParsed(jsonLd.datePublished(), meta.first(PUBLISHED_META))
        .or(() -> timeElement(document, "[itemprop=datePublished]"))
        .or(() -> timeElement(document, "time[datetime]"))
        .or(() -> printedDateNear(headline))
        .or(() -> printedDate(document))
        .or(() -> urlDate(url))
        .orElse(null);
  }

  /** When the article was last modified, or null. */
  public static Instant modified(MetaTags meta, JsonLdArticle jsonLd, Document document) {
    return firstParsed(jsonLd.dateModified(), meta.first(MODIFIED_META))
        .or(() -> timeElement(document, "[itemprop=dateModified]"))
        .orElse(null);
  }

  /** The first of {@code texts} that parses as a date. */
  public static Optional<Instant> firstParsed(String... texts) {
    for (String text : texts) {
      Optional<Instant> instant = PublishedDates.parse(text);
      if (instant.isPresent()) {
        return instant;
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> timeElement(Document document, String selector) {
    for (Element element : document.select(selector)) {
      Optional<Instant> instant =
          firstParsed(element.attr("datetime"), element.attr("content"), element.text());
      if (instant.isPresent()) {
        return instant;
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> printedDateNear(Element headline) {
    Element scope = headline == null ? null : headline.parent();
    for (int level = 0; level < HEADLINE_LEVELS && scope != null; level++, scope = scope.parent()) {
      Optional<Instant> instant = printedDate(scope);
      if (instant.isPresent()) {
        return instant;
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> printedDate(Element scope) {
    for (Element element : scope.select(PRINTED_DATE_SELECTOR)) {
      String text = element.text();
      if (text.length() <= MAX_PRINTED_DATE_CHARS) {
        Optional<Instant> instant = PublishedDates.parse(text);
        if (instant.isPresent()) {
          return instant;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> urlDate(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? PublishedDates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
  }
}
