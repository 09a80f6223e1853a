package vn.presswatch.dashboards.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.presswatch.dashboards.report.ReportData.Gap;
import vn.presswatch.dashboards.report.ReportData.OutletRow;
import vn.presswatch.dashboards.report.ReportData.PeriodInfo;
import vn.presswatch.dashboards.report.ReportData.PlanInfo;
import vn.presswatch.dashboards.report.ReportData.SourceNote;
import vn.presswatch.dashboards.report.ReportData.ThemeRow;
import vn.presswatch.dashboards.report.ReportData.TopArticle;
import vn.presswatch.dashboards.report.ReportData.Totals;

/** A small hand-made report (three themes, two outlets) for renderer tests that need no Elasticsearch. */
final class SampleReport {
  private SampleReport() {}

  static ReportData data() {
    List<YearMonth> months = List.of(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3),
        YearMonth.of(2019, 4), YearMonth.of(2019, 5), YearMonth.of(2019, 6));
    List<ThemeRow> themes = List.of(
        new ThemeRow("1.1", "focal", "Tăng cường bảo vệ nền tảng tư tưởng của Đảng", 42, 12, 30, 5,
            List.of(5L, 8L, 6L, 9L, 7L, 7L)),
        new ThemeRow("1.2", "focal", "Vấn đề nghiên cứu phát triển lý luận về xây dựng Đảng", 2, 0, 4, 1,
            List.of(0L, 1L, 0L, 0L, 1L, 0L)),
        new ThemeRow("2.1", "regular", "Nâng cao chất lượng học tập, quán triệt các nghị quyết", 25, 5, 0, 4,
            List.of(2L, 3L, 5L, 6L, 4L, 5L)));
    List<OutletRow> outlets = List.of(
        new OutletRow(1, "nhandan", "Nhân Dân", "party", 40, Map.of("1.1", 25L, "2.1", 15L)),
        new OutletRow(2, "tuoitre", "Tuổi Trẻ", "daily", 29, Map.of("1.1", 17L, "1.2", 2L, "2.1", 10L)));
    return new ReportData(
        new PlanInfo("205-KH/BTCTW", "Kế hoạch tuyên truyền công tác xây dựng Đảng", "Ban Tổ chức Trung ương",
            LocalDate.of(2019, 1, 10), 4.0, Map.of("1.1", 4.0)),
        new PeriodInfo("2019-H1", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)),
        new PeriodInfo("2018-H2", LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31)), months,
        new Totals(69, 34, 2, 3, 3), themes, outlets,
        List.of(new Gap("1.2", "focal", themes.get(1).name(), 2, 1, List.of("Đổi mới tư duy lý luận"))),
        Map.of("1.1", List.of(new TopArticle("Bảo vệ nền tảng tư tưởng của Đảng", "Nhân Dân", "https://nhandan.vn/a1",
            LocalDate.of(2019, 1, 15), 9.5, true, List.of("nền tảng tư tưởng (title ×1)")))),
        List.of(new SourceNote("vov-rss", "vov", "errors", "HTTP 503", Instant.parse("2019-04-02T03:00:00Z"), null,
            7)),
        Instant.parse("2019-07-01T01:00:00Z"));
  }
}
