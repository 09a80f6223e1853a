package vn.presswatch.ingest.extract.internal;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a subtree before it is scored: scripts, styles, forms' controls, embeds,
 * hidden elements, navigation, asides, footers, and elements whose class or id names page furniture (related links,
 * "Xem thêm", comments, share bars, ads...).
 *
 * <p>A structural or furniture element is kept when it holds at least half of the subtree's real paragraphs: old
 * ASP.NET sites wrap the whole page in a {@code <form>}, and some put the article in a {@code <div
 * class="has-sidebar">}.
 */
public final class BoilerplateRemover {
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "link", "meta",
          "input", "select", "textarea", "button", "video", "audio", "source", "img", "picture", "map");
  private static final Set<String> STRUCTURAL_FURNITURE =
      Set.of("nav", "aside", "footer", "header", "form", "menu", "dialog");
  private static final int REAL_PARAGRAPH_CHARS = 60;

  private BoilerplateRemover() {}

  /** Cleans the descendants of {@code root} in place; {@code root} itself is never removed. */
  public static void clean(Element root) {
    Map<Element, Integer> paragraphsUnder = countRealParagraphs(root);
    int protectAt = Math.max(2, (paragraphsUnder.getOrDefault(root, 0) + 1) / 2);
    for (Element element : root.getAllElements()) {
      if (element == root || element.parent() == null) {
        continue;
      }
      String tag = element.normalName();
      if (NEVER_TEXT.contains(tag)) {
        element.remove();
      } else if (isFurniture(element, tag) && paragraphsUnder.getOrDefault(element, 0) < protectAt) {
        element.remove();
      }
    }
  }

  private static boolean isFurniture(Element element, String tag) {
    return STRUCTURAL_FURNITURE.contains(tag) || isHidden(element) || ClassHints.isNegative(element);
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  /**
   * For every element under {@code root}, how many real paragraphs it contains: {@code <p>} of real length, or any
   * element with that much text of its own (pages that separate paragraphs with {@code <br>}).
   */
  private static Map<Element, Integer> countRealParagraphs(Element root) {
    Map<Element, Integer> counts = new IdentityHashMap<>();
    for (Element p : root.getAllElements()) {
      String text = p.normalName().equals("p") ? p.text() : p.ownText();
      if (text.length() < REAL_PARAGRAPH_CHARS) {
        continue;
      }
      for (Element e = p; e != null; e = e.parent()) {
        counts.merge(e, 1, Integer::sum);
        if (e == root) {
          break;
        }
      }
    }
    return counts;
  }
}
