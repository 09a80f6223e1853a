package vn.presswatch.processing.classify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of an article the classifier reads. Built from a JSON line with {@link #fromJson(JsonNode)}.
 *
 * @param id the article id
 * @param title the headline
 * @param lead the lead (sapo); derived from the text's first paragraph when the record has none
 * @param body the rest of the text
 */
public record ArticleInput(String id, String title, String lead, String body) {
  /** A first paragraph longer than this is body text, not a lead. */
  static final int MAX_DERIVED_LEAD = 600;

  public ArticleInput {
    title = title == null ? "" : title;
    lead = lead == null ? "" : lead;
    body = body == null ? "" : body;
  }

  /**
   * Reads {@code id}, {@code title}, {@code lead} and {@code text} from an article JSON object (other fields
   * are ignored). Without a {@code lead}, the first paragraph of the text serves as the lead when the text has
   * several paragraphs and the first is short. Throws {@link IllegalArgumentException} naming what is missing.
   */
  public static ArticleInput fromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(node, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("missing \"id\"");
    }
    String title = text(node, "title");
    String lead = text(node, "lead");
    String body = text(node, "text");
    if (title.isBlank() && lead.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no \"title\" and no \"text\"");
    }
    return lead.isBlank() ? withDerivedLead(id, title, body) : new ArticleInput(id, title, lead, body);
  }

  /** Splits {@code text} into a lead (its first paragraph, if short) and the body. */
  public static ArticleInput withDerivedLead(String id, String title, String text) {
    String trimmed = text.strip();
    int end = trimmed.indexOf('\n');
    if (end > 0 && end <= MAX_DERIVED_LEAD) {
      return new ArticleInput(id, title, trimmed.substring(0, end).strip(), trimmed.substring(end + 1).strip());
    }
    return new ArticleInput(id, title, "", trimmed);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
