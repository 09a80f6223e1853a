package vn.presswatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders elements as paragraphs: every block-level element and every {@code <br>} ends a paragraph, inline
 * elements and text join the current one. Walks iteratively, so deeply nested pages cannot overflow the stack.
 */
public final class ParagraphWriter implements NodeVisitor {
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
          "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead",
          "tbody", "tr", "td", "th", "caption", "address", "hr", "center", "details", "summary", "form", "fieldset",
          "body", "html");
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int currentLinkChars;
  private int linkDepth;

  private ParagraphWriter() {}

  /** The paragraphs of {@code roots}, in order, without blank ones. */
  public static List<Paragraph> render(List<Element> roots) {
    ParagraphWriter writer = new ParagraphWriter();
    for (Element root : roots) {
      NodeTraversor.traverse(writer, root);
      writer.endParagraph();
    }
    return writer.paragraphs;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode textNode) {
      String text = textNode.getWholeText();
      current.append(text);
      if (linkDepth > 0) {
        currentLinkChars += CleanText.normalise(text).length();
      }
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (BLOCK_TAGS.contains(tag) || tag.equals("br")) {
        endParagraph();
      } else if (tag.equals("a")) {
        linkDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        endParagraph();
      } else if (tag.equals("a")) {
        linkDepth = Math.max(0, linkDepth - 1);
      }
    }
  }

  private void endParagraph() {
    String text = CleanText.normalise(current.toString());
    if (!text.isEmpty()) {
      paragraphs.add(new Paragraph(text, Math.min(currentLinkChars, text.length())));
    }
    current.setLength(0);
    currentLinkChars = 0;
  }
}
