package vn.presswatch.ingest.extract.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's lead (sapo, standfirst) and the element showing it (so it can be kept out of the body).
 *
 * @param text the lead, "" if none was found
 * @param element the on-page lead element, or null when the lead only came from metadata
 */
public record Lead(String text, Element element) {
  private static final String SAPO_SELECTOR =
      "[class*=sapo], [class*=lead]:not([class*=leader]), .description,"
          + " [class*=summary], [class*=chapeau], [class*=chappeau],"
          + " .standfirst, .excerpt, .article__intro, .post-excerpt, .desc, .intro,"
          + " [itemprop=description]:not(meta)";
  private static final double SAME_LEAD_RATIO = 0.6;
  private static final int MIN_CHARS = 20;
  private static final int MAX_CHARS = 2000;
  private static final int HEADLINE_LEVELS = 3;

  /**
   * Finds the lead: the outlet's selector; else an on-page sapo element agreeing with the metadata description, or
   * near the headline; else the metadata description ({@code og:description}, JSON-LD, {@code description}).
   */
  public static Lead find(
      Document document, MetaTags meta, JsonLdArticle jsonLd, String selector, Headline headline, SiteName site) {
    Element selected = CssQueries.firstWithText(document, selector);
    if (selected != null) {
      return new Lead(CleanText.normalise(selected.text()), selected);
    }
    String described =
        site.strip(
            CleanText.firstNonBlank(
                meta.first("og:description"),
                jsonLd.description(),
                meta.first("twitter:description"),
                meta.first("description"),
                meta.first("dc.description")));
    Element onPage = agreeingWith(document, described);
    if (onPage == null && headline.element() != null) {
      onPage = nearHeadline(headline.element());
    }
    if (onPage != null) {
      return new Lead(CleanText.normalise(onPage.text()), onPage);
    }
    return new Lead(described, null);
  }

  private static Element agreeingWith(Document document, String described) {
    if (described.isEmpty()) {
      return null;
    }
    for (Element candidate : document.select(SAPO_SELECTOR)) {
      if (isPlausible(candidate) && CleanText.nearlySame(candidate.text(), described, SAME_LEAD_RATIO)) {
        return candidate;
      }
    }
    return null;
  }

  private static Element nearHeadline(Element headline) {
    Element scope = headline.parent();
    for (int level = 0; level < HEADLINE_LEVELS && scope != null; level++, scope = scope.parent()) {
      for (Element candidate : scope.select(SAPO_SELECTOR)) {
        if (isPlausible(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static boolean isPlausible(Element candidate) {
    int length = CleanText.normalise(candidate.text()).length();
    // A container of several paragraphs is the article, not its lead.
    return length >= MIN_CHARS
        && length <= MAX_CHARS
        && candidate.getElementsByTag("p").size() <= 1
        && ContentScorer.linkDensity(candidate) < 0.5
        && !CssQueries.insideFurniture(candidate);
  }
}
