package vn.presswatch.processing.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.time.VietnamTime;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.classify.Classification;
import vn.presswatch.processing.classify.Evidence;
import vn.presswatch.processing.classify.ThemeMatch;

/**
 * The articles-index document of one classified article: the article's fields, its Vietnamese day, and per plan the
 * themes it matched with score and evidence, plus flat keyword arrays ({@code theme_ids}, {@code theme_keys}) that
 * Kibana can aggregate on.
 */
public final class ArticleDocument {
  private ArticleDocument() {}

  public static IndexOp of(Article a, List<Classification> classifications, Labels labels, IndexNames names,
      Instant indexedAt) {
    ObjectNode doc = Json.mapper().valueToTree(a);
    doc.remove("id");
    doc.put("article_id", a.id());
    Labels.Label outlet = labels.outlet(a.outlet());
    doc.put("outlet_name", outlet.name());
    doc.put("outlet_kind", outlet.kind());
    doc.put("day", VietnamTime.day(a.publishedAt()).toString());
    doc.put("syndicated", a.duplicateOf() != null);
    doc.put("indexed_at", indexedAt.toString());
    ArrayNode plans = doc.putArray("plans");
    ArrayNode themeIds = doc.putArray("theme_ids");
    ArrayNode themeKeys = doc.putArray("theme_keys");
    ArrayNode titleKeys = doc.putArray("title_theme_keys");
    ArrayNode forms = doc.putArray("forms");
    ArrayNode themes = doc.putArray("themes");
    for (Classification c : classifications) {
      plans.add(c.planId());
      c.forms().forEach(forms::add);
      for (ThemeMatch m : c.themes()) {
        String key = Labels.themeKey(c.planId(), m.themeId());
        themeIds.add(m.themeId());
        themeKeys.add(key);
        if (m.titleHit()) {
          titleKeys.add(key);
        }
        Labels.Label label = labels.theme(c.planId(), m.themeId());
        ObjectNode t = themes.addObject();
        t.put("plan", c.planId()).put("id", m.themeId()).put("key", key).put("kind", label.kind())
            .put("name", label.name()).put("score", m.score()).put("title_hit", m.titleHit());
        ArrayNode evidence = t.putArray("evidence");
        for (Evidence e : m.evidence()) {
          evidence.addObject().put("phrase", e.phrase()).put("field", e.field()).put("count", e.count());
        }
      }
    }
    try {
      return new IndexOp(names.articlesIndexFor(a.publishedAt()), a.id(), Json.mapper().writeValueAsBytes(doc),
          a.fetchedAt() == null ? 0 : a.fetchedAt().toEpochMilli());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
