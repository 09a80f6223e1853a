package vn.presswatch.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesTest {
  final ReportData data = SampleReport.data();
  final ReportLabels vi = ReportLabels.of("vi");

  @Test
  void themeRowsCarryPreviousPeriodChangeAndMonths() {
    ReportTables.Table themes = ReportTables.themes(data, vi);
    assertThat(themes.headers()).contains("Kỳ trước 2018-H2", "2019-01", "2019-06");
    assertThat(themes.rows().get(0)).containsExactly("1.1 Tăng cường bảo vệ nền tảng tư tưởng của Đảng", "Trọng tâm",
        42L, 12L, 5L, 30L, 40.0, 5L, 8L, 6L, 9L, 7L, 7L);
    assertThat(themes.rows().get(2).get(6)).as("no previous articles: no percentage").isEqualTo("");
  }

  @Test
  void matrixHasAZeroForEveryThemeAnOutletDidNotCover() {
    List<Object> nhanDan = ReportTables.matrix(data, vi).rows().get(0);
    assertThat(nhanDan).containsExactly("Nhân Dân", 25L, 0L, 15L, 40L);
  }

  @Test
  void commendationNamesTheTopRankedOutlets() {
    assertThat(ReportTables.commended(data)).isEqualTo("Nhân Dân, Tuổi Trẻ");
  }

  @Test
  void decimalsAreShownWithOnePlace() {
    assertThat(ReportTables.text(-50.0)).isEqualTo("-50.0");
    assertThat(ReportTables.text(9.456)).isEqualTo("9.5");
  }
}
