package vn.presswatch.dashboards.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.Theme;
import vn.presswatch.core.time.Period;
import vn.presswatch.dashboards.report.ReportData.Gap;
import vn.presswatch.dashboards.report.ReportData.OutletRow;
import vn.presswatch.dashboards.report.ReportData.PeriodInfo;
import vn.presswatch.dashboards.report.ReportData.PlanInfo;
import vn.presswatch.dashboards.report.ReportData.SourceNote;
import vn.presswatch.dashboards.report.ReportData.ThemeRow;
import vn.presswatch.dashboards.report.ReportData.TopArticle;
import vn.presswatch.dashboards.report.ReportData.Totals;
import vn.presswatch.elastic.IndexNames;

/**
 * Builds {@link ReportData} for one plan and period with Query DSL and aggregations only: counts from the coverage
 * index (its {@code day} is already the Vietnamese day, so months and periods need no time-zone arithmetic), top
 * articles and their evidence from the articles alias, and source health from the sources index.
 */
public final class ReportQueries {
  /** A theme is a gap when it has less than this share of the average theme's articles. */
  static final double GAP_SHARE = 0.25;

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final int topPerTheme;

  public ReportQueries(ElasticsearchClient client, IndexNames names, int topPerTheme) {
    this.client = client;
    this.names = names;
    this.topPerTheme = topPerTheme;
  }

  /** Queries everything the report needs, telling {@code progress} what it is doing. */
  public ReportData load(Plan plan, Period period, Consumer<String> progress) throws IOException {
    Period previous = period.previous();
    progress.accept("querying coverage " + period.label() + "…");
    SearchResponse<Void> current = coverage(plan, period);
    progress.accept("querying coverage " + previous.label() + " (previous period)…");
    Map<String, Long> previousByTheme = sumByTheme(coverage(plan, previous).aggregations().get("themes"));

    List<YearMonth> months = months(period);
    List<ThemeRow> themes = themeRows(plan, current.aggregations().get("themes"), previousByTheme, months);
    List<OutletRow> outlets = outletRows(current.aggregations().get("outlets"));
    long total = themes.stream().mapToLong(ThemeRow::articles).sum();
    Totals totals = new Totals(total, previousByTheme.values().stream().mapToLong(Long::longValue).sum(),
        outlets.size(), (int) themes.stream().filter(t -> t.articles() > 0).count(), themes.size());

    Map<String, List<TopArticle>> top = new LinkedHashMap<>();
    if (total > 0) {
      progress.accept("querying top articles…");
      for (Theme theme : plan.themes()) {
        top.put(theme.id(), topArticles(plan.id() + ":" + theme.id(), period));
      }
    }
    progress.accept("querying source health…");
    return new ReportData(planInfo(plan), info(period), info(previous), months, totals, themes, outlets,
        gaps(plan, themes), top, sourceNotes(period), Instant.now());
  }

  private SearchResponse<Void> coverage(Plan plan, Period period) throws IOException {
    Query filter = Query.of(q -> q.bool(b -> b
        .filter(f -> f.term(t -> t.field("plan").value(plan.id())))
        .filter(f -> f.range(r -> r.date(d -> d.field("day")
            .gte(period.first().toString()).lte(period.last().toString()))))));
    return client.search(s -> s.index(names.coverage()).size(0).query(filter)
        .aggregations("themes", a -> a.terms(t -> t.field("theme").size(500))
            .aggregations("articles", sum("articles"))
            .aggregations("title_hits", sum("title_hits"))
            .aggregations("outlets", o -> o.cardinality(c -> c.field("outlet")))
            .aggregations("months", m -> m.dateHistogram(h -> h.field("day")
                    .calendarInterval(CalendarInterval.Month).format("yyyy-MM"))
                .aggregations("articles", sum("articles"))))
        .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(10_000))
            .aggregations("articles", sum("articles"))
            .aggregations("name", n -> n.terms(t -> t.field("outlet_name").size(1)))
            .aggregations("kind", n -> n.terms(t -> t.field("outlet_kind").size(1)))
            .aggregations("themes", n -> n.terms(t -> t.field("theme").size(500))
                .aggregations("articles", sum("articles")))), Void.class);
  }

  private static Function<Aggregation.Builder, ObjectBuilder<Aggregation>> sum(String field) {
    return a -> a.sum(s -> s.field(field));
  }

  private static long sumOf(StringTermsBucket bucket, String name) {
    return Math.round(bucket.aggregations().get(name).sum().value());
  }

  private static Map<String, Long> sumByTheme(Aggregate themes) {
    Map<String, Long> byTheme = new HashMap<>();
    for (StringTermsBucket b : themes.sterms().buckets().array()) {
      long n = sumOf(b, "articles");
      if (n > 0) {
        byTheme.put(b.key().stringValue(), n);
      }
    }
    return byTheme;
  }

  private static List<ThemeRow> themeRows(Plan plan, Aggregate agg, Map<String, Long> previous,
      List<YearMonth> months) {
    Map<String, StringTermsBucket> buckets = new HashMap<>();
    agg.sterms().buckets().array().forEach(b -> buckets.put(b.key().stringValue(), b));
    List<ThemeRow> rows = new ArrayList<>();
    for (Theme theme : plan.themes()) {
      StringTermsBucket b = buckets.get(theme.id());
      List<Long> monthly = new ArrayList<>(months.stream().map(m -> 0L).toList());
      if (b != null) {
        b.aggregations().get("months").dateHistogram().buckets().array().forEach(m -> {
          int i = months.indexOf(YearMonth.parse(m.keyAsString()));
          if (i >= 0) {
            monthly.set(i, Math.round(m.aggregations().get("articles").sum().value()));
          }
        });
      }
      rows.add(new ThemeRow(theme.id(), theme.kind().name().toLowerCase(), theme.nameVi(),
          b == null ? 0 : sumOf(b, "articles"), b == null ? 0 : sumOf(b, "title_hits"),
          previous.getOrDefault(theme.id(), 0L),
          b == null ? 0 : (int) b.aggregations().get("outlets").cardinality().value(), List.copyOf(monthly)));
    }
    return rows;
  }

  private static List<OutletRow> outletRows(Aggregate agg) {
    record Unranked(String outlet, String name, String kind, long articles, Map<String, Long> byTheme) {}
    List<Unranked> list = new ArrayList<>();
    for (StringTermsBucket b : agg.sterms().buckets().array()) {
      long articles = sumOf(b, "articles");
      if (articles == 0) {
        continue;
      }
      Map<String, Long> byTheme = new LinkedHashMap<>();
      b.aggregations().get("themes").sterms().buckets().array().forEach(t -> {
        long n = sumOf(t, "articles");
        if (n > 0) {
          byTheme.put(t.key().stringValue(), n);
        }
      });
      list.add(new Unranked(b.key().stringValue(), firstKey(b, "name", b.key().stringValue()),
          firstKey(b, "kind", ""), articles, byTheme));
    }
    list.sort(Comparator.comparingLong(Unranked::articles).reversed()
        .thenComparing(u -> -u.byTheme().size()).thenComparing(Unranked::name));
    List<OutletRow> rows = new ArrayList<>();
    for (Unranked u : list) {
      rows.add(new OutletRow(rows.size() + 1, u.outlet(), u.name(), u.kind(), u.articles(), Map.copyOf(u.byTheme())));
    }
    return rows;
  }

  private static String firstKey(StringTermsBucket bucket, String agg, String fallback) {
    var buckets = bucket.aggregations().get(agg).sterms().buckets().array();
    return buckets.isEmpty() ? fallback : buckets.get(0).key().stringValue();
  }

  static List<Gap> gaps(Plan plan, List<ThemeRow> themes) {
    double average = themes.stream().mapToLong(ThemeRow::articles).average().orElse(0);
    List<Gap> gaps = new ArrayList<>();
    for (ThemeRow row : themes) {
      if (row.articles() == 0 || row.articles() < GAP_SHARE * average) {
        gaps.add(new Gap(row.id(), row.kind(), row.name(), row.articles(), row.outlets(),
            plan.theme(row.id()).map(Theme::subPoints).orElse(List.of())));
      }
    }
    return gaps;
  }

  private List<TopArticle> topArticles(String themeKey, Period period) throws IOException {
    SearchResponse<ObjectNode> response = client.search(s -> s.index(names.articles()).size(topPerTheme)
        .query(q -> q.bool(b -> b
            .filter(f -> f.term(t -> t.field("theme_keys").value(themeKey)))
            .filter(f -> f.range(r -> r.date(d -> d.field("day")
                .gte(period.first().toString()).lte(period.last().toString()))))
            .mustNot(m -> m.exists(e -> e.field("duplicate_of")))))
        .sort(o -> o.field(f -> f.field("themes.score").order(SortOrder.Desc)))
        .sort(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc))), ObjectNode.class);
    List<TopArticle> top = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      ObjectNode doc = hit.source();
      JsonNode theme = null;
      for (JsonNode t : doc.path("themes")) {
        if (themeKey.equals(t.path("key").asText())) {
          theme = t;
        }
      }
      List<String> evidence = new ArrayList<>();
      if (theme != null) {
        theme.path("evidence").forEach(e -> evidence.add(e.path("phrase").asText() + " ("
            + e.path("field").asText() + " ×" + e.path("count").asInt(1) + ")"));
      }
      top.add(new TopArticle(doc.path("title").asText(), doc.path("outlet_name").asText(doc.path("outlet").asText()),
          doc.path("url").asText(), LocalDate.parse(doc.path("day").asText()),
          theme == null ? 0 : theme.path("score").asDouble(), theme != null && theme.path("title_hit").asBoolean(),
          evidence));
    }
    return top;
  }

  private List<SourceNote> sourceNotes(Period period) throws IOException {
    String from = period.startInstant().toString();
    SearchResponse<ObjectNode> response = client.search(s -> s.index(names.sources()).size(1000)
        .query(q -> q.bool(b -> b.minimumShouldMatch("1")
            .should(f -> f.exists(e -> e.field("disabled")))
            .should(f -> f.exists(e -> e.field("flag")))
            .should(f -> f.range(r -> r.date(d -> d.field("last_error_at").gte(from))))))
        .sort(o -> o.field(f -> f.field("outlet"))).sort(o -> o.field(f -> f.field("source"))), ObjectNode.class);
    List<SourceNote> notes = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      ObjectNode d = hit.source();
      String status = d.hasNonNull("disabled") ? "disabled: " + d.get("disabled").asText()
          : d.hasNonNull("flag") ? d.get("flag").asText() : "errors";
      notes.add(new SourceNote(d.path("source").asText(), d.path("outlet").asText(), status,
          d.path("last_error").asText(""), instant(d, "last_error_at"), instant(d, "last_success"),
          d.path("consecutive_failures").asInt()));
    }
    return notes;
  }

  private static Instant instant(ObjectNode d, String field) {
    return d.hasNonNull(field) ? Instant.parse(d.get(field).asText()) : null;
  }

  private static PlanInfo planInfo(Plan plan) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    plan.themes().forEach(t -> thresholds.put(t.id(), plan.thresholdOf(t)));
    return new PlanInfo(plan.id(), plan.title(), plan.issuer(), plan.issued(), plan.scoring().threshold(),
        thresholds);
  }

  private static PeriodInfo info(Period period) {
    return new PeriodInfo(period.label(), period.first(), period.last());
  }

  static List<YearMonth> months(Period period) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(period.first()); !m.isAfter(YearMonth.from(period.last())); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
