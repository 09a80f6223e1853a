package vn.presswatch.dashboards.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.time.Period;
import vn.presswatch.elastic.IndexNames;

/**
 * The questions analysts ask most, answered with Query DSL and aggregations: coverage of a theme by outlet,
 * articles citing a document, outlets that never covered a theme, and diacritic-insensitive search. Each method
 * returns {@link QueryRows} ready to print; {@code monitor query} is a thin command over this class.
 */
public final class AnalystQueries {
  private static final Logger LOG = LoggerFactory.getLogger(AnalystQueries.class);
  /** Most article rows a search or citing query returns, newest first. */
  static final int MAX_ARTICLES = 100;
  private static final int MAX_OUTLETS = 10_000;
  private static final List<String> ARTICLE_COLUMNS = List.of("day", "outlet", "title", "url");

  private final ElasticsearchClient client;
  private final IndexNames names;

  /** Queries the indices named by {@code names} through {@code client}. */
  public AnalystQueries(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  /**
   * Articles and title hits on one theme per outlet in a period, most articles first.
   *
   * @param outlet an outlet id to restrict to, or empty for every outlet
   */
  public QueryRows coverage(String plan, String theme, Optional<String> outlet, Period period) throws IOException {
    List<Query> filters = new ArrayList<>(List.of(term("plan", plan), term("theme", theme), days(period)));
    outlet.ifPresent(o -> filters.add(term("outlet", o)));
    SearchResponse<Void> response = client.search(s -> s.index(names.coverage()).size(0)
        .query(q -> q.bool(b -> b.filter(filters)))
        .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(MAX_OUTLETS))
            .aggregations("name", n -> n.terms(t -> t.field("outlet_name").size(1)))
            .aggregations("articles", n -> n.sum(m -> m.field("articles")))
            .aggregations("title_hits", n -> n.sum(m -> m.field("title_hits")))), Void.class);
    List<List<String>> rows = new ArrayList<>();
    for (StringTermsBucket bucket : response.aggregations().get("outlets").sterms().buckets().array()) {
      rows.add(List.of(bucket.key().stringValue(), firstKey(bucket, "name"), sum(bucket, "articles"),
          sum(bucket, "title_hits")));
    }
    rows.sort((a, b) -> a.get(2).equals(b.get(2)) ? a.get(0).compareTo(b.get(0))
        : Long.compare(Long.parseLong(b.get(2)), Long.parseLong(a.get(2))));
    LOG.debug("coverage {} {} {}: {} outlets", plan, theme, period.label(), rows.size());
    return new QueryRows(List.of("outlet", "outlet_name", "articles", "title_hits"), rows);
  }

  /**
   * Articles citing a document such as {@code 35-NQ/TW}: its number in the title, lead or text, or as the
   * evidence phrase of a classified theme. Newest first, at most {@value #MAX_ARTICLES}.
   *
   * @param period the period to restrict to, or empty for all time
   */
  public QueryRows citing(String document, Optional<Period> period) throws IOException {
    Query cites = Query.of(q -> q.bool(b -> b
        .should(s -> s.multiMatch(m -> m.query(document).fields("title", "lead", "text")
            .type(TextQueryType.Phrase)))
        .should(term("themes.evidence.phrase", document))
        .minimumShouldMatch("1")));
    return articles(cites, period);
  }

  /**
   * Outlets present anywhere in the plan's coverage index that have no article on the theme in the period:
   * the outlets to reach next.
   */
  public QueryRows gaps(String plan, String theme, Period period) throws IOException {
    Query covered = Query.of(q -> q.bool(b -> b.filter(term("theme", theme)).filter(days(period))
        .filter(f -> f.range(r -> r.number(n -> n.field("articles").gt(0.0))))));
    SearchResponse<Void> response = client.search(s -> s.index(names.coverage()).size(0)
        .query(q -> q.bool(b -> b.filter(term("plan", plan))))
        .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(MAX_OUTLETS))
            .aggregations("name", n -> n.terms(t -> t.field("outlet_name").size(1)))
            .aggregations("covered", n -> n.filter(covered))), Void.class);
    Map<String, String> missing = new LinkedHashMap<>();
    for (StringTermsBucket bucket : response.aggregations().get("outlets").sterms().buckets().array()) {
      if (bucket.aggregations().get("covered").filter().docCount() == 0) {
        missing.put(bucket.key().stringValue(), firstKey(bucket, "name"));
      }
    }
    List<List<String>> rows = missing.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> List.of(e.getKey(), e.getValue())).toList();
    return new QueryRows(List.of("outlet", "outlet_name"), rows);
  }

  /**
   * Articles whose title, lead or text contain {@code text} as a phrase, ignoring case and diacritics
   * ({@code dang cong san} finds {@code Đảng Cộng sản}, not an article that says "đang", "công" and "sản" apart:
   * folded syllables collide too often for a bag of words). Newest first, at most {@value #MAX_ARTICLES}.
   */
  public QueryRows search(String text, Optional<Period> period) throws IOException {
    if (text.isBlank()) {
      throw new IllegalArgumentException("Give the words to search for, e.g. \"dang cong san\".");
    }
    return articles(Query.of(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.Phrase)
        .fields("title.folded", "lead.folded", "text.folded"))), period);
  }

  private QueryRows articles(Query match, Optional<Period> period) throws IOException {
    List<Query> filters = period.map(p -> List.of(days(p))).orElse(List.of());
    SearchResponse<ObjectNode> response = client.search(s -> s.index(names.articles()).size(MAX_ARTICLES)
        .query(q -> q.bool(b -> b.must(match).filter(filters)))
        .sort(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc)))
        .sort(o -> o.field(f -> f.field("article_id").order(SortOrder.Asc))), ObjectNode.class);
    List<List<String>> rows = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      ObjectNode doc = hit.source();
      rows.add(ARTICLE_COLUMNS.stream().map(c -> doc.path(c).asText("")).toList());
    }
    return new QueryRows(ARTICLE_COLUMNS, rows);
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private static Query days(Period period) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field("day")
        .gte(period.first().toString()).lte(period.last().toString()))));
  }

  private static String firstKey(StringTermsBucket bucket, String aggregation) {
    var buckets = bucket.aggregations().get(aggregation).sterms().buckets().array();
    return buckets.isEmpty() ? "" : buckets.get(0).key().stringValue();
  }

  private static String sum(StringTermsBucket bucket, String aggregation) {
    return Long.toString(Math.round(bucket.aggregations().get(aggregation).sum().value()));
  }
}
