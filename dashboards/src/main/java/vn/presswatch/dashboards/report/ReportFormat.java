package vn.presswatch.dashboards.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The files a report can be written as. */
public enum ReportFormat {
  HTML, PDF, XLSX, CSV;

  /** Parses a comma-separated list such as {@code html,xlsx,csv}. */
  public static Set<ReportFormat> parseList(String list) {
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    for (String part : list.split(",")) {
      String name = part.trim().toUpperCase(Locale.ROOT);
      try {
        formats.add(valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown report format '" + part.trim() + "': use html, pdf, xlsx or csv");
      }
    }
    return formats;
  }
}
