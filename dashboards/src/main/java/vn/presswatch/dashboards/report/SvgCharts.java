package vn.presswatch.dashboards.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML (and so the PDF) report: no script, fixed sizes, text in the document's font.
 */
final class SvgCharts {
  private static final String FOCAL = "#b22222";
  private static final String REGULAR = "#2f6f9f";
  private static final String PREVIOUS = "#bbbbbb";

  private SvgCharts() {}

  /** A horizontal bar per theme: this period's articles, with the previous period as a thin grey bar. */
  static String themeBars(List<ReportData.ThemeRow> themes) {
    int rowHeight = 26;
    int labelWidth = 60;
    int width = 640;
    long max = Math.max(1, themes.stream().mapToLong(t -> Math.max(t.articles(), t.previous())).max().orElse(1));
    double scale = (width - labelWidth - 60) / (double) max;
    StringBuilder svg = open(width, rowHeight * themes.size() + 10, "themes");
    for (int i = 0; i < themes.size(); i++) {
      ReportData.ThemeRow t = themes.get(i);
      int y = 5 + i * rowHeight;
      svg.append(text(4, y + 15, t.id(), "start"));
      svg.append(rect(labelWidth, y + 2, t.articles() * scale, 14, t.kind().equals("focal") ? FOCAL : REGULAR));
      svg.append(rect(labelWidth, y + 18, t.previous() * scale, 4, PREVIOUS));
      svg.append(text(labelWidth + t.articles() * scale + 4, y + 14, Long.toString(t.articles()), "start"));
    }
    return svg.append("</svg>").toString();
  }

  /** One line per theme over the months of the period, focal themes in red and regular ones in blue. */
  static String monthlyLines(List<ReportData.ThemeRow> themes, List<java.time.YearMonth> months) {
    int width = 640;
    int height = 240;
    int left = 40;
    int bottom = 30;
    long max = Math.max(1, themes.stream().flatMap(t -> t.monthly().stream()).mapToLong(Long::longValue).max()
        .orElse(1));
    double dx = months.size() > 1 ? (width - left - 40) / (double) (months.size() - 1) : 0;
    double dy = (height - bottom - 10) / (double) max;
    StringBuilder svg = open(width, height, "monthly");
    svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#444'/>", left,
        height - bottom, width - 10, height - bottom));
    svg.append(text(left - 4, 16, Long.toString(max), "end")).append(text(left - 4, height - bottom, "0", "end"));
    for (int i = 0; i < months.size(); i++) {
      svg.append(text(left + i * dx, height - 10, months.get(i).toString(), "middle"));
    }
    for (ReportData.ThemeRow t : themes) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < t.monthly().size(); i++) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + i * dx, height - bottom - t.monthly().get(i) * dy));
      }
      svg.append(String.format(Locale.ROOT,
          "<polyline fill='none' stroke-width='2' stroke='%s' points='%s'><title>%s</title></polyline>",
          t.kind().equals("focal") ? FOCAL : REGULAR, points.toString().trim(), HtmlReport.escape(t.id())));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String id) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' class='chart' id='chart-%s' width='%d' height='%d' "
            + "viewBox='0 0 %d %d' font-size='11'>", id, width, height, width, height));
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'/>", x, y, w, h,
        fill);
  }

  private static String text(double x, double y, String s, String anchor) {
    return String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='%s'>%s</text>", x, y, anchor,
        HtmlReport.escape(s));
  }
}
