package vn.presswatch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.time.VietnamTime;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.processing.classify.Classification;
import vn.presswatch.processing.classify.PlanClassifier;
import vn.presswatch.processing.classify.ThemeMatch;
import vn.presswatch.processing.document.CoverageDocument;
import vn.presswatch.processing.model.CoverageRow;

/**
 * What Elasticsearch must hold after a stream of articles has gone through the pipeline, computed here without Flink:
 * the last version of every article, and per plan, outlet, theme and Vietnamese day the counts of those last versions.
 * Only the classifier is shared with the job (the counting is what is under test); {@link #differences} compares.
 */
final class ExpectedCoverage {
  /** One coverage row as the test expects it or as Elasticsearch holds it. */
  record Row(String plan, String outlet, String day, String theme, int articles, int titleHits, int bodyOnlyHits,
      int syndicated, int outletArticles, double share) {
    Row with(int sign, boolean titleHit, boolean isSyndicated) {
      return new Row(plan, outlet, day, theme, articles + sign, titleHits + (titleHit ? sign : 0),
          bodyOnlyHits + (titleHit ? 0 : sign), syndicated + (isSyndicated ? sign : 0), outletArticles, share);
    }

    static Row of(JsonNode doc) {
      return new Row(doc.get("plan").asText(), doc.get("outlet").asText(), doc.get("day").asText(),
          doc.get("theme").asText(), doc.get("articles").asInt(), doc.get("title_hits").asInt(),
          doc.get("body_only_hits").asInt(), doc.get("syndicated").asInt(), doc.get("outlet_articles").asInt(),
          doc.get("share").asDouble());
    }

    boolean sameAs(Row o) {
      return plan.equals(o.plan) && outlet.equals(o.outlet) && day.equals(o.day) && theme.equals(o.theme)
          && articles == o.articles && titleHits == o.titleHits && bodyOnlyHits == o.bodyOnlyHits
          && syndicated == o.syndicated && outletArticles == o.outletArticles && Math.abs(share - o.share) < 1e-9;
    }
  }

  private final Map<String, Article> articles;
  private final Map<String, Row> rows;
  private final int broken;

  private ExpectedCoverage(Map<String, Article> articles, Map<String, Row> rows, int broken) {
    this.articles = articles;
    this.rows = rows;
    this.broken = broken;
  }

  static ExpectedCoverage of(List<ArticleStream.Item> stream, List<Plan> plans) {
    Map<String, Article> latest = new LinkedHashMap<>();
    int broken = 0;
    for (ArticleStream.Item item : stream) {
      if (item.article() == null) {
        broken++;
      } else {
        latest.put(item.article().id(), item.article());
      }
    }
    List<PlanClassifier> classifiers = plans.stream().map(PlanClassifier::of).toList();
    Map<String, Row> byKey = new TreeMap<>();
    Map<String, Integer> outletDayTotals = new HashMap<>();
    for (Article a : latest.values()) {
      LocalDate day = VietnamTime.day(a.publishedAt());
      for (PlanClassifier classifier : classifiers) {
        Classification c = classifier.classify(a.title(), a.lead(), a.text());
        outletDayTotals.merge(c.planId() + '|' + a.outlet() + '|' + day, 1, Integer::sum);
        for (ThemeMatch m : c.themes()) {
          String id = CoverageDocument.id(new CoverageRow(c.planId(), a.outlet(), day.toEpochDay(), m.themeId(),
              0, 0, 0, 0, 0));
          Row row = byKey.getOrDefault(id, new Row(c.planId(), a.outlet(), day.toString(), m.themeId(), 0, 0, 0, 0,
              0, 0));
          byKey.put(id, row.with(1, m.titleHit(), a.duplicateOf() != null));
        }
      }
    }
    Map<String, Row> rows = new TreeMap<>();
    byKey.forEach((id, r) -> {
      int total = outletDayTotals.get(r.plan() + '|' + r.outlet() + '|' + r.day());
      rows.put(id, new Row(r.plan(), r.outlet(), r.day(), r.theme(), r.articles(), r.titleHits(), r.bodyOnlyHits(),
          r.syndicated(), total, (double) r.articles() / total));
    });
    return new ExpectedCoverage(latest, rows, broken);
  }

  int articleCount() {
    return articles.size();
  }

  int rowCount() {
    return rows.size();
  }

  /** Records of the stream that are not articles: each must be dead-lettered. */
  int broken() {
    return broken;
  }

  /** Coverage rows with at least one article, summed: every article is counted once per theme it matched. */
  int themeHits() {
    return rows.values().stream().mapToInt(Row::articles).sum();
  }

  /**
   * Every way Elasticsearch differs from the expectation, one line each ("expected ... found ..."); empty when the
   * articles and counts are exact. A coverage row that fell back to zero may stay in the index with zero articles.
   */
  List<String> differences(ElasticsearchClient es, IndexNames names) throws IOException {
    es.indices().refresh(r -> r.index(names.articles(), names.coverage()));
    List<String> diffs = new ArrayList<>();
    Map<String, Integer> copies = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (Hit<ObjectNode> hit : all(es, names.articles())) {
      copies.merge(hit.id(), 1, Integer::sum);
      titles.put(hit.id(), hit.source().get("title").asText());
    }
    copies.forEach((id, n) -> {
      if (n > 1) {
        diffs.add("article " + id + ": expected 1 document, found " + n);
      }
    });
    Set<String> missing = new TreeSet<>(articles.keySet());
    missing.removeAll(titles.keySet());
    Set<String> unexpected = new TreeSet<>(titles.keySet());
    unexpected.removeAll(articles.keySet());
    if (!missing.isEmpty()) {
      diffs.add("articles: expected " + articles.size() + ", " + missing.size() + " missing, e.g. "
          + missing.stream().limit(5).map(id -> articles.get(id).url()).toList());
    }
    if (!unexpected.isEmpty()) {
      diffs.add("articles: " + unexpected.size() + " unexpected ids " + unexpected.stream().limit(5).toList());
    }
    articles.forEach((id, a) -> {
      String title = titles.get(id);
      if (title != null && !title.equals(a.title())) {
        diffs.add("article " + a.url() + ": expected its last version '" + a.title() + "', found '" + title + "'");
      }
    });
    Map<String, Row> found = new HashMap<>();
    for (Hit<ObjectNode> hit : all(es, names.coverage())) {
      found.put(hit.id(), Row.of(hit.source()));
    }
    rows.forEach((id, expected) -> {
      Row actual = found.get(id);
      if (actual == null || !actual.sameAs(expected)) {
        diffs.add("coverage: expected " + expected + ", found " + actual);
      }
    });
    found.forEach((id, actual) -> {
      if (!rows.containsKey(id) && actual.articles() != 0) {
        diffs.add("coverage: expected no articles, found " + actual);
      }
    });
    return diffs;
  }

  private static List<Hit<ObjectNode>> all(ElasticsearchClient es, String index) throws IOException {
    return es.search(s -> s.index(index).size(10_000).query(q -> q.matchAll(m -> m)), ObjectNode.class).hits().hits();
  }
}
