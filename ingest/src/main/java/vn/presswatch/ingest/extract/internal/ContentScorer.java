package vn.presswatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element(s) holding an article's main text by scoring the DOM.
 *
 * <p>Every text block (a paragraph-like element, or any element with enough text of its own) is worth its number of
 * characters outside links, discounted by its link density; blocks that are mostly links are worth nothing. Each
 * block credits its ancestors, the parent fully and the k-th ancestor 1/k, up to five levels, so the tightest
 * container of many long paragraphs wins. A container's final score is that credit times its class/id hint weight
 * ({@link ClassHints}) and one minus its own link density. Siblings of the winner with at least a quarter of its
 * text and few links are kept with it, for bodies split around an embedded box or into columns.
 */
public final class ContentScorer {
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "pre", "h2", "h3", "h4", "h5", "h6", "figcaption", "dd", "dt", "blockquote", "li");
  private static final int MIN_BLOCK_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int FINALISTS = 5;
  private static final double SIBLING_SHARE = 0.25;
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final int MAX_WRAPPER_LEVELS = 2;
  private static final double WRAPPER_SLACK = 1.1;

  private ContentScorer() {}

  /** The main-content elements under {@code root} in document order, or {@code root} alone if nothing scores. */
  public static List<Element> mainContent(Element root) {
    Map<Element, Double> credit = new IdentityHashMap<>();
    Map<Element, Double> blockText = new IdentityHashMap<>();
    creditAncestors(root, credit, blockText);
    Map<Element, Double> weighted = new IdentityHashMap<>();
    credit.forEach((element, value) -> weighted.put(element, value * ClassHints.weight(element)));
    List<Element> finalists = new ArrayList<>(weighted.keySet());
    finalists.sort(Comparator.comparingDouble((Element e) -> -weighted.get(e)));
    Element best = null;
    double bestScore = 0;
    for (Element candidate : finalists.subList(0, Math.min(FINALISTS, finalists.size()))) {
      double score = weighted.get(candidate) * (1 - linkDensity(candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return List.of(root);
    }
    return withStrongSiblings(root, best, blockText);
  }

  /**
   * Fills {@code credit} (block worth, decayed by distance, up to five levels) and {@code blockText} (block worth
   * without decay, all the way up to {@code root}).
   */
  private static void creditAncestors(Element root, Map<Element, Double> credit, Map<Element, Double> blockText) {
    for (Element element : root.getAllElements()) {
      double worth = blockWorth(element);
      if (worth <= 0 || element == root) {
        continue;
      }
      int level = 1;
      for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent(), level++) {
        if (level <= ANCESTOR_LEVELS) {
          credit.merge(ancestor, worth / level, Double::sum);
        }
        blockText.merge(ancestor, worth, Double::sum);
        if (ancestor == root) {
          break;
        }
      }
    }
  }

  /** Characters outside links, discounted by link density; 0 for short blocks and link lists. */
  private static double blockWorth(Element element) {
    boolean paragraph = PARAGRAPH_TAGS.contains(element.normalName());
    String text = paragraph ? element.text() : element.ownText();
    if (text.length() < MIN_BLOCK_CHARS) {
      return 0;
    }
    double density = paragraph ? linkDensity(element) : 0;
    if (density > MAX_LINK_DENSITY) {
      return 0;
    }
    return text.length() * (1 - density);
  }

  /** Share of {@code element}'s text that is inside links. */
  static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element link : element.getElementsByTag("a")) {
      linked += link.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  /**
   * The winner and its strong siblings. Wrappers around the winner that add almost no text are climbed first, so a
   * body split into columns, each in its own wrapper, is found whole; the winner itself, not the wrapper, is kept.
   */
  private static List<Element> withStrongSiblings(Element root, Element best, Map<Element, Double> blockText) {
    double bestText = blockText.getOrDefault(best, 0.0);
    Element unit = best;
    for (int level = 0; level < MAX_WRAPPER_LEVELS && unit != root && unit.parent() != null; level++) {
      if (blockText.getOrDefault(unit.parent(), 0.0) > WRAPPER_SLACK * bestText) {
        break;
      }
      unit = unit.parent();
    }
    if (unit == root || unit.parent() == null) {
      return List.of(best);
    }
    List<Element> kept = new ArrayList<>();
    for (Element sibling : unit.parent().children()) {
      if (sibling == unit) {
        kept.add(best);
        continue;
      }
      double text = blockText.getOrDefault(sibling, 0.0) + blockWorth(sibling);
      if (text * ClassHints.weight(sibling) >= SIBLING_SHARE * bestText
          && linkDensity(sibling) < MAX_LINK_DENSITY / 2) {
        kept.add(sibling);
      }
    }
    return kept;
  }
}
