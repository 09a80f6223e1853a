package vn.presswatch.dashboards.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything a coverage report shows, as plain values: built by {@link ReportQueries} from Elasticsearch and
 * rendered by {@link HtmlReport}, {@link CsvReport} and {@link XlsxReport}. Counts are articles credited with a
 * plan theme (syndicated copies included, duplicates of the same article excluded by the pipeline).
 *
 * @param plan the plan's identity and method notes
 * @param period the reported period's label, first and last Vietnamese day
 * @param previous the period of the same length just before, for comparisons
 * @param months the Vietnamese calendar months of the period, in order (the trend's x axis)
 * @param totals headline numbers
 * @param themes one row per plan theme, in plan order, covered or not
 * @param outlets one row per outlet with articles on the plan, ranked by volume then breadth
 * @param gaps themes with little or no coverage, with their sub-points
 * @param topArticles the best-scoring articles per theme, keyed by theme id, in plan order
 * @param sourceNotes sources that could not be monitored for part of the period
 * @param generatedAt when the report was built
 */
public record ReportData(
    PlanInfo plan,
    PeriodInfo period,
    PeriodInfo previous,
    List<YearMonth> months,
    Totals totals,
    List<ThemeRow> themes,
    List<OutletRow> outlets,
    List<Gap> gaps,
    Map<String, List<TopArticle>> topArticles,
    List<SourceNote> sourceNotes,
    Instant generatedAt) {

  /** True when no article on the plan was found in the period: the report is then not written. */
  public boolean isEmpty() {
    return totals.articles() == 0;
  }

  /** The plan and the parameters of the method, for the title page and the method notes. */
  public record PlanInfo(String id, String title, String issuer, LocalDate issued, double defaultThreshold,
      Map<String, Double> thresholds) {}

  /** A period: label such as {@code 2019-H1}, first and last Vietnamese day, both inclusive. */
  public record PeriodInfo(String label, LocalDate first, LocalDate last) {}

  /**
   * Headline numbers.
   *
   * @param articles credited articles summed over themes (an article on two themes counts twice)
   * @param previousArticles the same sum in the previous period
   * @param outlets outlets with at least one credited article
   * @param themesCovered themes with at least one credited article
   * @param themesTotal themes in the plan
   */
  public record Totals(long articles, long previousArticles, int outlets, int themesCovered, int themesTotal) {}

  /**
   * One theme's coverage.
   *
   * @param monthly credited articles per month of {@link ReportData#months()}, same order
   */
  public record ThemeRow(String id, String kind, String name, long articles, long titleHits, long previous,
      int outlets, List<Long> monthly) {
    /** Change against the previous period in percent, or null when the previous period had none. */
    public Double changePercent() {
      return previous == 0 ? null : (articles - previous) * 100.0 / previous;
    }
  }

  /**
   * One outlet's coverage.
   *
   * @param rank 1 for the outlet with the most credited articles (ties broken by breadth, then name)
   * @param byTheme credited articles per theme id; themes without articles are absent
   */
  public record OutletRow(int rank, String outlet, String name, String kind, long articles,
      Map<String, Long> byTheme) {
    /** Breadth: how many of the plan's themes the outlet covered at least once. */
    public int breadth() {
      return byTheme.size();
    }
  }

  /** A theme with too little coverage, with the outline points the organisers may want to push. */
  public record Gap(String themeId, String kind, String name, long articles, int outlets, List<String> subPoints) {}

  /** One article with the evidence that credited it to a theme. */
  public record TopArticle(String title, String outletName, String url, LocalDate day, double score,
      boolean titleHit, List<String> evidence) {}

  /** A source whose monitoring failed or was switched off; explains low counts. */
  public record SourceNote(String source, String outlet, String status, String lastError, Instant lastErrorAt,
      Instant lastSuccess, int consecutiveFailures) {}
}
