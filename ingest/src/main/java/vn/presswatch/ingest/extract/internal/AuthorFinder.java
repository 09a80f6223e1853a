package vn.presswatch.ingest.extract.internal;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds an article's author: the outlet's selector, JSON-LD people, author meta tags, then a byline element near the
 * headline or anywhere on the page. Site names ("VnExpress", "Báo Nhân Dân", the handle "baotuoitre"), URLs and long
 * texts are not authors.
 */
public final class AuthorFinder {
  private static final String[] AUTHOR_META = {
    "author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author"
  };
  private static final String BYLINE_SELECTOR =
      "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .author-name, .author__name,"
          + " [data-component*=byline], [class*=byline],"
          + " .article__author, .detail-author, .author, .byline, .tacgia, .tac-gia, .post-author, [class*=author]";
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(tác giả|bài và ảnh|bài, ảnh|bài|tin và ảnh|tin, ảnh|theo(?=\\s+\\S+\\s+\\S)"
              + "|written by|by|posted by)\\s*:?\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BYLINE_END = Pattern.compile("\\s*[|·•]\\s*.*$");
  private static final int MAX_CHARS = 80;
  private static final int HEADLINE_LEVELS = 3;

  private AuthorFinder() {}

  /** The author, or "" if none is named. */
  public static String find(
      Document document, MetaTags meta, JsonLdArticle jsonLd, String selector, Headline headline, SiteName site) {
    Element selected = CssQueries.firstWithText(document, selector);
    if (selected != null) {
      return clean(selected.text());
    }
    String people = clean(String.join(", ", jsonLd.authors()));
    if (isName(people, site)) {
      return people;
    }
    for (String key : AUTHOR_META) {
      String candidate = clean(meta.first(key));
      if (isName(candidate, site)) {
        return candidate;
      }
    }
    Element scope = headline.element() == null ? null : headline.element().parent();
    for (int level = 0; level < HEADLINE_LEVELS && scope != null; level++, scope = scope.parent()) {
      String near = firstByline(scope, site);
      if (!near.isEmpty()) {
        return near;
      }
    }
    return firstByline(document, site);
  }

  private static String firstByline(Element scope, SiteName site) {
    for (Element element : scope.select(BYLINE_SELECTOR)) {
      String candidate = clean(separatedText(element));
      if (isName(candidate, site)) {
        return candidate;
      }
    }
    return "";
  }

  /**
   * The element's text with " | " where two texts touch without a space across elements: bylines such as {@code
   * <span>By Mai Nguyen</span><span>Hanoi</span>} are laid out as separate lines by CSS.
   */
  private static String separatedText(Element element) {
    StringBuilder text = new StringBuilder();
    Element previousParent = null;
    for (TextNode node : element.selectXpath("descendant::text()", TextNode.class)) {
      String part = node.getWholeText();
      boolean touching =
          text.length() > 0
              && !Character.isWhitespace(text.charAt(text.length() - 1))
              && !part.isEmpty()
              && !Character.isWhitespace(part.charAt(0));
      if (touching && node.parent() != previousParent) {
        text.append(" | ");
      }
      text.append(part);
      previousParent = (Element) node.parent();
    }
    return text.toString();
  }

  /**
   * Byline text without "Bài và ảnh:" / "By" and without what follows a "|" (dates, sections). Reprints credit
   * "Theo Hồ Hương" ("according to"): "Theo" goes when two words or more follow, so "Theo Walcott" stays a name.
   */
  static String clean(String text) {
    String normalised = CleanText.normalise(text);
    String withoutPrefix = BYLINE_PREFIX.matcher(normalised).replaceFirst("");
    return BYLINE_END.matcher(withoutPrefix).replaceFirst("").trim();
  }

  private static boolean isName(String text, SiteName site) {
    return !text.isEmpty()
        && text.length() <= MAX_CHARS
        && !text.contains("://")
        && !text.startsWith("www.")
        && !text.matches(".*\\d.*")
        && !site.matches(text)
        && !site.mentionsHost(text);
  }
}
