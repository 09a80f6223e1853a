package vn.presswatch.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryRowsTest {
  final QueryRows rows = new QueryRows(List.of("outlet", "title"),
      List.of(List.of("nhandan", "Đảng, \"Nhân dân\""), List.of("vov", "x")));

  @Test
  void csvQuotesCellsWithCommasAndQuotes() {
    StringWriter out = new StringWriter();
    rows.printCsv(new PrintWriter(out));

    assertThat(out.toString().lines()).containsExactly("outlet,title", "nhandan,\"Đảng, \"\"Nhân dân\"\"\"", "vov,x");
  }

  @Test
  void tablePadsColumnsToTheWidestCell() {
    StringWriter out = new StringWriter();
    rows.printTable(new PrintWriter(out));

    assertThat(out.toString().lines()).containsExactly("outlet   title", "nhandan  Đảng, \"Nhân dân\"", "vov      x");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    assertThatThrownBy(() -> new QueryRows(List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
