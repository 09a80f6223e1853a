package vn.presswatch.dashboards.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.presswatch.dashboards.report.ReportTables.Table;

/**
 * Writes each report table as {@code <prefix>-<table>.csv}: RFC 4180 quoting, UTF-8 with a byte-order mark so that
 * Excel shows Vietnamese correctly. Links are written as their URL in a column after the title.
 */
public final class CsvReport {
  private CsvReport() {}

  /** Writes every table into {@code dir} and returns the files written. */
  public static List<Path> write(List<Table> tables, Path dir, String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Table table : tables) {
      Path file = dir.resolve(prefix + "-" + table.name() + ".csv");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write('\uFEFF');
        boolean links = table.rows().stream().flatMap(List::stream).anyMatch(c -> c instanceof ReportTables.Link);
        List<String> headers = new ArrayList<>(table.headers());
        if (links) {
          headers.add("URL");
        }
        line(w, headers);
        for (List<Object> row : table.rows()) {
          List<String> cells = new ArrayList<>(row.stream().map(ReportTables::text).toList());
          if (links) {
            cells.add(row.stream().filter(c -> c instanceof ReportTables.Link).map(c -> ((ReportTables.Link) c).url())
                .findFirst().orElse(""));
          }
          line(w, cells);
        }
      }
      files.add(file);
    }
    return files;
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String quote(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
