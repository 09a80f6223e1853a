package vn.presswatch.dashboards.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.presswatch.dashboards.report.ReportTables.Link;
import vn.presswatch.dashboards.report.ReportTables.Table;

/**
 * Writes the report tables into one workbook, one sheet per table, with a bold frozen header row, numbers as
 * numeric cells and article titles as hyperlinks.
 */
public final class XlsxReport {
  private XlsxReport() {}

  /** Writes the workbook to {@code file}. */
  public static void write(List<Table> tables, Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
      for (Table table : tables) {
        Sheet sheet = book.createSheet(table.name());
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
          head.createCell(c).setCellValue(table.headers().get(c));
          head.getCell(c).setCellStyle(header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = table.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            Object value = cells.get(c);
            if (value instanceof Long n) {
              cell.setCellValue(n);
            } else if (value instanceof Double d) {
              cell.setCellValue(d);
              cell.setCellStyle(decimal);
            } else if (value instanceof Link link) {
              cell.setCellValue(link.text());
              if (!link.url().isBlank()) {
                Hyperlink h = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
                h.setAddress(link.url());
                cell.setHyperlink(h);
              }
            } else {
              cell.setCellValue(String.valueOf(value));
            }
          }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < table.headers().size(); c++) {
          sheet.setColumnWidth(c, Math.min(60, Math.max(8, table.headers().get(c).length() + 2)) * 256);
        }
      }
      book.write(out);
    }
  }
}
