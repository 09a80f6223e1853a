package vn.presswatch.processing.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.json.Json;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.model.CoverageRow;

/** The coverage-index document of one plan × outlet × theme × Vietnamese day, with a deterministic id. */
public final class CoverageDocument {
  private CoverageDocument() {}

  /** The document id: the same row always lands on the same document. */
  public static String id(CoverageRow row) {
    return ArticleIds.sha256Hex(row.plan() + '|' + row.outlet() + '|' + row.theme() + '|' + row.epochDay())
        .substring(0, 32);
  }

  public static IndexOp of(CoverageRow row, Labels labels, IndexNames names, Instant updatedAt) {
    ObjectNode doc = Json.mapper().createObjectNode();
    Labels.Label outlet = labels.outlet(row.outlet());
    Labels.Label theme = labels.theme(row.plan(), row.theme());
    doc.put("plan", row.plan())
        .put("outlet", row.outlet())
        .put("outlet_name", outlet.name())
        .put("outlet_kind", outlet.kind())
        .put("theme", row.theme())
        .put("theme_key", Labels.themeKey(row.plan(), row.theme()))
        .put("theme_kind", theme.kind())
        .put("theme_name", theme.name())
        .put("day", LocalDate.ofEpochDay(row.epochDay()).toString())
        .put("articles", row.articles())
        .put("title_hits", row.titleHits())
        .put("body_only_hits", row.bodyOnlyHits())
        .put("syndicated", row.syndicated())
        .put("outlet_articles", row.outletArticles())
        .put("share", row.share())
        .put("updated_at", updatedAt.toString());
    try {
      return new IndexOp(names.coverage(), id(row), Json.mapper().writeValueAsBytes(doc));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
