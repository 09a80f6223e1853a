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

  /**
   * Finds the headline: the outlet's selector; else the {@code <h1>} agreeing with the metadata title (JSON-LD
   * headline, {@code og:title}...), which is free of site-name suffixes; else the metadata title; else the longest
   * {@code <h1>}; else the {@code <title>} without the site name.
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
      return new Headline(metaTitle, null);
    }
    if (longestH1 != null && !CleanText.normalise(longestH1.text()).isEmpty()) {
      return new Headline(CleanText.normalise(longestH1.text()), longestH1);
    }
    return new Headline(site.strip(document.title()), null);
  }
}
