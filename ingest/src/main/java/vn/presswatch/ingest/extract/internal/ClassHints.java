package vn.presswatch.ingest.extract.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, ARIA {@code role} and component name say about it: article content ("content", "detail", "fck"...),
 * or page furniture ("related", "comment", "share", "xemthem", "quangcao"...). Vietnamese CMS names are included.
 */
public final class ClassHints {
  /** Furniture so certain that a positive word beside it ("related-content") does not save the element. */
  private static final Pattern STRONG_NEGATIVE =
      Pattern.compile(
          "comment|binh-?luan|related|relate-|relate_|lien-?quan|lienquan|xem-?them|doc-?them|read-?more|readmore"
              + "|more-news|morenews|share|social|sharing|breadcrumb|banner|advert|quang-?cao|sponsor|sidebar"
              + "|newsletter|subscribe|popup|modal|cookie|footer|masthead|navbar|outbrain|taboola|recommend"
              + "|most-?view|mostread|tin-?khac|tinkhac|tin-?moi|box-?tag|tags-?|keyword|pagination|pager"
              + "|cung-?chuyen-?muc|cungchuyenmuc|same-?cat|list-?news|news-?list|item-?news|other-?news|othernews"
              + "|more-?stories|trending|popular|hot-?news|noi-?bat|y-?kien|author-?box|author-?bio|about-?author"
              + "|complementary|contentinfo|navigation|byline|links-?block|tag-?list");
  private static final Pattern WEAK_NEGATIVE = Pattern.compile("menu|widget|print|vote|poll|rating|toolbar");
  private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "nav", "tag", "tags", "header", "aside");
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|content|detail|entry|body|main|story|post|text|chitiet|chi-tiet|noi-?dung|noidung|fck|cms"
              + "|singular|reader");
  /** Attributes that name what an element is: CSS hooks, and the ARIA role and component names of newer sites. */
  private static final String[] NAMING_ATTRIBUTES = {"class", "id", "role", "data-component", "data-testid"};
  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s_-]+");

  private ClassHints() {}

  /** The lower-cased class and id of {@code element}. */
  private static String names(Element element) {
    if (element.attributesSize() == 0) {
      return "";
    }
    StringBuilder names = new StringBuilder();
    for (String attribute : NAMING_ATTRIBUTES) {
      String value = element.attr(attribute);
      if (!value.isEmpty()) {
        names.append(value).append(' ');
      }
    }
    return names.toString().toLowerCase(Locale.ROOT);
  }

  /** True if the class or id names page furniture and nothing about it suggests content. */
  public static boolean isNegative(Element element) {
    return isNegative(names(element));
  }

  private static boolean isNegative(String names) {
    if (names.isBlank()) {
      return false;
    }
    if (STRONG_NEGATIVE.matcher(names).find()) {
      return true;
    }
    boolean weak = WEAK_NEGATIVE.matcher(names).find();
    if (!weak) {
      for (String token : TOKEN_SEPARATORS.split(names)) {
        if (NEGATIVE_TOKENS.contains(token)) {
          weak = true;
          break;
        }
      }
    }
    return weak && !POSITIVE.matcher(names).find();
  }

  /** A multiplier for an element's content score: above 1 for content hints, well below 1 for furniture. */
  public static double weight(Element element) {
    String names = names(element);
    if (names.isBlank()) {
      return 1.0;
    }
    if (isNegative(names)) {
      return 0.2;
    }
    return POSITIVE.matcher(names).find() ? 1.5 : 1.0;
  }
}
