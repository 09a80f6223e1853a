package vn.presswatch.dashboards.query;

import java.io.PrintWriter;
import java.util.List;

/**
 * The answer to an analyst query: named columns and rows of text cells, printable as an aligned table or as CSV.
 *
 * @param columns column headers
 * @param rows one list of cells per row, each as long as {@code columns}
 */
public record QueryRows(List<String> columns, List<List<String>> rows) {
  /** Copies the lists and checks that every row has one cell per column. */
  public QueryRows {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows.stream().map(List::copyOf).toList());
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for columns " + columns);
      }
    }
  }

  /** Prints the rows as a table with columns padded to their widest cell. */
  public void printTable(PrintWriter out) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    printPadded(out, columns, widths);
    rows.forEach(row -> printPadded(out, row, widths));
    out.flush();
  }

  /** Prints the rows as RFC 4180 CSV with a header line. */
  public void printCsv(PrintWriter out) {
    out.println(csvLine(columns));
    rows.forEach(row -> out.println(csvLine(row)));
    out.flush();
  }

  private static void printPadded(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      line.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", cells.get(c)));
    }
    out.println(line.toString().stripTrailing());
  }

  private static String csvLine(List<String> cells) {
    return String.join(",", cells.stream().map(QueryRows::csvCell).toList());
  }

  private static String csvCell(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
