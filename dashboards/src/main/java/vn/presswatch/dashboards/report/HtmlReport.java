package vn.presswatch.dashboards.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.presswatch.dashboards.report.ReportTables.Link;
import vn.presswatch.dashboards.report.ReportTables.Table;

/**
 * Renders a report as one self-contained XHTML page: inline CSS, inline SVG charts, no script and no external
 * resource, so it opens offline, prints, and feeds the PDF renderer unchanged. Numbers sit in cells with a
 * {@code data-table} attribute on their table so that tests and scrapers can find them.
 */
public final class HtmlReport {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String CSS = """
      @page{size:A4 landscape;margin:12mm}
      body{font-family:'DejaVu Sans','Noto Sans',sans-serif;font-size:10pt;color:#222;margin:24px}
      h1{font-size:20pt;color:#8b0000} h2{font-size:14pt;border-bottom:1px solid #8b0000;margin-top:28px}
      table{border-collapse:collapse;margin:8px 0;font-size:8.5pt;-fs-table-paginate:paginate} th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
      th{background:#f2e6e6;text-align:left} td.n{text-align:right}
      .title{page-break-after:always;text-align:center;padding-top:120px} .muted{color:#666}
      .totals td{font-size:12pt} .legend span{display:inline-block;width:10px;height:10px;margin:0 4px}
      """;

  private HtmlReport() {}

  /** The whole report as an XHTML document. */
  public static String render(ReportData data, ReportLabels l) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(l.language()).append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(l.get("title") + " " + data.plan().id() + " " + data.period().label()))
        .append("</title><style>").append(CSS).append("</style></head><body>");
    titlePage(h, data, l);
    summary(h, data, l);
    Map<String, Table> tables = ReportTables.of(data, l).stream()
        .collect(Collectors.toMap(Table::name, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    h.append("<h2>").append(escape(l.get("themes"))).append("</h2>").append(SvgCharts.themeBars(data.themes()))
        .append("<p class=\"legend\"><span style=\"background:#b22222\"></span>").append(escape(l.get("focal")))
        .append("<span style=\"background:#2f6f9f\"></span>").append(escape(l.get("regular")))
        .append("<span style=\"background:#bbbbbb\"></span>").append(escape(l.get("previous")))
        .append("</p><h3>").append(escape(l.get("trend"))).append("</h3>")
        .append(SvgCharts.monthlyLines(data.themes(), data.months()));
    table(h, tables.get("themes"), false);
    section(h, tables.get("outlet-theme"));
    section(h, tables.get("ranking"));
    if (!data.outlets().isEmpty()) {
      h.append("<p><b>").append(escape(l.get("commendation", ReportTables.commended(data)))).append("</b></p>");
    }
    gaps(h, data, l);
    section(h, tables.get("top-articles"));
    h.append("<h2>").append(escape(l.get("sources"))).append("</h2>");
    if (data.sourceNotes().isEmpty()) {
      h.append("<p>").append(escape(l.get("sources_none"))).append("</p>");
    } else {
      table(h, tables.get("sources"), false);
    }
    method(h, data, l);
    return h.append("</body></html>").toString();
  }

  private static void titlePage(StringBuilder h, ReportData data, ReportLabels l) {
    h.append("<div class=\"title\"><h1>").append(escape(l.get("title"))).append("</h1><p>")
        .append(escape(l.get("subtitle", data.plan().id()))).append("</p><p><i>").append(escape(data.plan().title()))
        .append("</i></p><p>").append(escape(l.get("issued", DAY.format(data.plan().issued()), data.plan().issuer())))
        .append("</p><p><b>").append(escape(l.get("period", data.period().label(),
            DAY.format(data.period().first()), DAY.format(data.period().last()))))
        .append("</b></p><p class=\"muted\">").append(escape(l.get("generated",
            data.generatedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime().withNano(0).toString())))
        .append("</p></div>");
  }

  private static void summary(StringBuilder h, ReportData data, ReportLabels l) {
    ReportData.Totals t = data.totals();
    h.append("<h2>").append(escape(l.get("summary"))).append("</h2><table class=\"totals\" data-table=\"totals\">");
    row(h, l.get("total_articles"), t.articles(), "articles");
    row(h, l.get("previous_articles", data.previous().label()), t.previousArticles(), "previous");
    row(h, l.get("outlets"), t.outlets(), "outlets");
    row(h, l.get("themes_covered"), t.themesCovered() + " / " + t.themesTotal(), "themes");
    h.append("</table>");
  }

  private static void row(StringBuilder h, String label, Object value, String id) {
    h.append("<tr><th>").append(escape(label)).append("</th><td class=\"n\" data-total=\"").append(id).append("\">")
        .append(escape(String.valueOf(value))).append("</td></tr>");
  }

  private static void gaps(StringBuilder h, ReportData data, ReportLabels l) {
    h.append("<h2>").append(escape(l.get("gaps"))).append("</h2>");
    if (data.gaps().isEmpty()) {
      h.append("<p>").append(escape(l.get("gaps_none"))).append("</p>");
      return;
    }
    h.append("<ul data-table=\"gaps\">");
    for (ReportData.Gap g : data.gaps()) {
      h.append("<li data-theme=\"").append(escape(g.themeId())).append("\"><b>").append(escape(g.themeId() + " "
          + g.name())).append("</b> (").append(escape(l.get(g.kind()))).append("): ")
          .append(escape(l.get("n_articles", String.valueOf(g.articles())))).append("<ul>");
      g.subPoints().forEach(p -> h.append("<li>").append(escape(p)).append("</li>"));
      h.append("</ul></li>");
    }
    h.append("</ul>");
  }

  private static void method(StringBuilder h, ReportData data, ReportLabels l) {
    String thresholds = data.plan().thresholds().entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    h.append("<h2>").append(escape(l.get("method"))).append("</h2><ul>");
    for (String note : List.of(
        l.get("method_plan", data.plan().id(), DAY.format(data.plan().issued()),
            String.valueOf(data.plan().defaultThreshold())),
        l.get("method_thresholds", thresholds), l.get("method_counts"), l.get("method_dedup"),
        l.get("method_gaps", String.valueOf(Math.round(ReportQueries.GAP_SHARE * 100))))) {
      h.append("<li>").append(escape(note)).append("</li>");
    }
    h.append("</ul>");
  }

  private static void section(StringBuilder h, Table table) {
    table(h, table, true);
  }

  private static void table(StringBuilder h, Table table, boolean heading) {
    if (heading) {
      h.append("<h2>").append(escape(table.title())).append("</h2>");
    }
    h.append("<table data-table=\"").append(table.name()).append("\"><thead><tr>");
    table.headers().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr></thead><tbody>");
    for (List<Object> row : table.rows()) {
      h.append("<tr>");
      for (Object cell : row) {
        boolean number = cell instanceof Long || cell instanceof Double;
        h.append(number ? "<td class=\"n\">" : "<td>");
        if (cell instanceof Link link) {
          h.append("<a href=\"").append(escape(link.url())).append("\">").append(escape(link.text())).append("</a>");
        } else {
          h.append(escape(ReportTables.text(cell)));
        }
        h.append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table>");
  }

  /** Escapes text for XHTML content and attribute values. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
