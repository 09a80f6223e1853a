package vn.presswatch.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
  @Test
  void quotesCellsWithCommasQuotesAndLineBreaks() {
    assertThat(CsvReport.quote("Nhân Dân")).isEqualTo("Nhân Dân");
    assertThat(CsvReport.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvReport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void topArticlesGetAUrlColumnAndTheFileStartsWithABom(@TempDir Path dir) throws Exception {
    List<Path> files = CsvReport.write(List.of(ReportTables.topArticles(SampleReport.data(), ReportLabels.of("vi"))),
        dir, "r");
    assertThat(files).containsExactly(dir.resolve("r-top-articles.csv"));
    List<String> lines = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFFNội dung,Bài báo,Cơ quan báo chí,Ngày,Điểm,Căn cứ,URL");
    assertThat(lines.get(1)).isEqualTo("1.1,Bảo vệ nền tảng tư tưởng của Đảng,Nhân Dân,2019-01-15,9.5,"
        + "nền tảng tư tưởng (title ×1),https://nhandan.vn/a1");
  }
}
