package vn.presswatch.ingest.extract.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's headline and the element showing it (so it can be kept out of the body).
 *
 * @param text the headline, "" if none was found
 * @param element the on-page headline element, or null when the headline only came from metadata
 */
public record Headline(String text, Element element) {
  private static final double SAME_HEADLINE_RATIO = 0.5;
  private static final double SHOWN_TITLE_RATIO = 0.9;
  private static final String HEADING_SELECTOR =
      "h2, h3, [class*=title], [class*=headline], [itemprop=headline], [data-role=title]";

  /**
   * Finds the headline: the outlet's selector; else the {@code <h1>} agreeing with the metadata title (JSON-LD
   * headline, {@code og:title}...), which is free of site-name suffixes; else the metadata title, with the other
   * heading showing it if any; else the longest {@code <h1>}; else the {@code <title>} without the site name.
   */
  public static Headline find(
      Document document, MetaTags meta, JsonLdArticle jsonLd, String selector, SiteName site) {
    Element selected = CssQueries.firstWithText(document, selector);
    if (selected != null) {
      return new Headline(CleanText.normalise(selected.text()), selected);
    }
    String metaTitle =
        site.strip(
            CleanText.firstNonBlank(
                jsonLd.headline(),
                meta.first("og:title"),
                meta.first("twitter:title"),
                meta.first("headline"),
                meta.first("dc.title")));
    Element longestH1 = null;
    for (Element h1 : document.getElementsByTag("h1")) {
      String text = CleanText.normalise(h1.text());
      if (!metaTitle.isEmpty() && CleanText.nearlySame(text, metaTitle, SAME_HEADLINE_RATIO)) {
        return new Headline(text, h1);
      }
      if (!site.matches(text) && (longestH1 == null || text.length() > longestH1.text().length())) {
        longestH1 = h1;
      }
    }
    if (!metaTitle.isEmpty()) {
      return new Headline(metaTitle, shownElsewhere(document, metaTitle));
    }
    if (longestH1 != null && !CleanText.normalise(longestH1.text()).isEmpty()) {
      return new Headline(CleanText.normalise(longestH1.text()), longestH1);
    }
    return new Headline(site.strip(document.title()), null);
  }

  /**
   * The element showing {@code title} on pages whose headline is not an {@code <h1>} ({@code <div
   * class="title-detail">} on baodautu.vn): another heading or an element named "title" whose text is the title,
   * outside links (related-article lists repeat titles as links). Null if there is none.
   */
  private static Element shownElsewhere(Document document, String title) {
    for (Element candidate : document.body().select(HEADING_SELECTOR)) {
      if (candidate.closest("a") == null
          && CleanText.nearlySame(candidate.text(), title, SHOWN_TITLE_RATIO)
          && candidate.select("a").isEmpty()) {
        return candidate;
      }
    }
    return null;
  }
}
