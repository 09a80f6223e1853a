package vn.presswatch.ingest.extract.internal;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/** CSS selection that treats a blank or malformed selector (from outlet configuration) as matching nothing. */
public final class CssQueries {
  private CssQueries() {}

  /** The elements under {@code root} matching {@code css}; empty for a blank or invalid selector. */
  public static Elements all(Element root, String css) {
    if (css == null || css.isBlank()) {
      return new Elements();
    }
    try {
      return root.select(css);
    } catch (Selector.SelectorParseException e) {
      return new Elements();
    }
  }

  /** The first element under {@code root} matching {@code css} with some text, or null. */
  public static Element firstWithText(Element root, String css) {
    for (Element element : all(root, css)) {
      if (!CleanText.normalise(element.text()).isEmpty()) {
        return element;
      }
    }
    return null;
  }

  /** True if {@code element} or one of its ancestors has a class or id naming page furniture. */
  public static boolean insideFurniture(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (ClassHints.isNegative(e)) {
        return true;
      }
    }
    return false;
  }
}
