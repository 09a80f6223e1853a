package vn.presswatch.dashboards.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.presswatch.dashboards.report.ReportData.OutletRow;
import vn.presswatch.dashboards.report.ReportData.ThemeRow;

/**
 * The report's tables, built once from {@link ReportData} and shared by the HTML, CSV and XLSX renderers so that
 * every format shows the same numbers under the same headings. Cells are {@link String}, {@link Long},
 * {@link Double} (rounded to one decimal when shown) or {@link Link}.
 */
public final class ReportTables {
  /** One table: {@code name} is its file or sheet name, {@code title} its heading. */
  public record Table(String name, String title, List<String> headers, List<List<Object>> rows) {}

  /** A cell that links to an article. */
  public record Link(String text, String url) {
    @Override
    public String toString() {
      return text;
    }
  }

  private ReportTables() {}

  /** Every table of the report, in reading order. */
  public static List<Table> of(ReportData data, ReportLabels l) {
    return List.of(themes(data, l), matrix(data, l), ranking(data, l), gaps(data, l), topArticles(data, l),
        sources(data, l));
  }

  static Table themes(ReportData data, ReportLabels l) {
    List<String> headers = new ArrayList<>(List.of(l.get("theme"), l.get("kind"), l.get("articles"),
        l.get("title_hits"), l.get("outlet_count"), l.get("previous") + " " + data.previous().label(),
        l.get("change") + " %"));
    data.months().forEach(m -> headers.add(m.toString()));
    List<List<Object>> rows = new ArrayList<>();
    for (ThemeRow t : data.themes()) {
      List<Object> row = new ArrayList<>(List.of(t.id() + " " + t.name(), l.get(t.kind()), t.articles(),
          t.titleHits(), (long) t.outlets(), t.previous(), t.changePercent() == null ? "" : t.changePercent()));
      row.addAll(t.monthly());
      rows.add(row);
    }
    return new Table("themes", l.get("themes"), headers, rows);
  }

  static Table matrix(ReportData data, ReportLabels l) {
    List<String> headers = new ArrayList<>(List.of(l.get("outlet")));
    data.themes().forEach(t -> headers.add(t.id()));
    headers.add(l.get("articles"));
    List<List<Object>> rows = new ArrayList<>();
    for (OutletRow o : data.outlets()) {
      List<Object> row = new ArrayList<>(List.of(o.name()));
      data.themes().forEach(t -> row.add(o.byTheme().getOrDefault(t.id(), 0L)));
      row.add(o.articles());
      rows.add(row);
    }
    return new Table("outlet-theme", l.get("matrix"), headers, rows);
  }

  static Table ranking(ReportData data, ReportLabels l) {
    List<List<Object>> rows = data.outlets().stream()
        .map(o -> List.<Object>of((long) o.rank(), o.name(), o.kind(), o.articles(), (long) o.breadth()))
        .toList();
    return new Table("ranking", l.get("ranking"),
        List.of(l.get("rank"), l.get("outlet"), l.get("kind"), l.get("articles"), l.get("breadth")), rows);
  }

  static Table gaps(ReportData data, ReportLabels l) {
    List<List<Object>> rows = data.gaps().stream()
        .map(g -> List.<Object>of(g.themeId() + " " + g.name(), l.get(g.kind()), g.articles(), (long) g.outlets(),
            String.join("; ", g.subPoints())))
        .toList();
    return new Table("gaps", l.get("gaps"),
        List.of(l.get("theme"), l.get("kind"), l.get("articles"), l.get("outlet_count"), l.get("sub_points")), rows);
  }

  static Table topArticles(ReportData data, ReportLabels l) {
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, List<ReportData.TopArticle>> e : data.topArticles().entrySet()) {
      for (ReportData.TopArticle a : e.getValue()) {
        rows.add(List.of(e.getKey(), new Link(a.title(), a.url()), a.outletName(), a.day().toString(), a.score(),
            String.join("; ", a.evidence())));
      }
    }
    return new Table("top-articles", l.get("top_articles"), List.of(l.get("theme"), l.get("article"),
        l.get("outlet"), l.get("day"), l.get("score"), l.get("evidence")), rows);
  }

  static Table sources(ReportData data, ReportLabels l) {
    List<List<Object>> rows = data.sourceNotes().stream()
        .map(s -> List.<Object>of(s.outlet(), s.source(), s.status(), s.lastError(),
            s.lastErrorAt() == null ? "" : s.lastErrorAt().toString(),
            s.lastSuccess() == null ? "" : s.lastSuccess().toString(), (long) s.consecutiveFailures()))
        .toList();
    return new Table("sources", l.get("sources"), List.of(l.get("outlet"), l.get("source"), l.get("status"),
        l.get("last_error"), l.get("day") + " (UTC)", l.get("last_success"), l.get("failures")), rows);
  }

  /** How a cell is shown as text: decimals rounded to one place. */
  public static String text(Object cell) {
    return cell instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : String.valueOf(cell);
  }

  /** Commendation: the outlets in the top three ranks, by name. */
  static String commended(ReportData data) {
    return data.outlets().stream().filter(o -> o.rank() <= 3).map(OutletRow::name).collect(Collectors.joining(", "));
  }
}
