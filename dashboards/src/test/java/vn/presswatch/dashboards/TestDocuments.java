package vn.presswatch.dashboards;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.presswatch.elastic.IndexNames;

/** Indexes coverage rows and articles shaped like the pipeline's, for the integration tests of this module. */
public final class TestDocuments {
  private TestDocuments() {}

  /** Indexes one coverage row (outlet kind {@code daily}, theme name = theme id). */
  public static void coverage(ElasticsearchClient client, IndexNames names, String planId, String outlet,
      String name, String theme, String kind, String day, int articles, int titleHits) throws Exception {
    Map<String, Object> doc = new HashMap<>(Map.of("plan", planId, "outlet", outlet, "outlet_name", name,
        "outlet_kind", "daily", "theme", theme, "theme_key", planId + ":" + theme, "theme_kind", kind,
        "theme_name", theme, "day", day, "articles", articles));
    doc.put("title_hits", titleHits);
    client.index(i -> i.index(names.coverage()).id(planId + "|" + outlet + "|" + theme + "|" + day).document(doc));
  }

  /**
   * Indexes one article published at 09:00 Vietnam time on {@code day}, into the monthly index the sink would use.
   *
   * @param fields the other fields of the article (title, outlet, themes…)
   */
  public static void article(ElasticsearchClient client, IndexNames names, String id, String day,
      Map<String, Object> fields) throws Exception {
    Instant published = Instant.parse(day + "T02:00:00Z");
    Map<String, Object> doc = new HashMap<>(fields);
    doc.put("article_id", id);
    doc.put("published_at", published.toString());
    doc.put("day", day);
    client.index(i -> i.index(names.articlesIndexFor(published)).id(id).document(doc));
  }
}
