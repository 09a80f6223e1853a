package vn.presswatch.processing.model;

/**
 * The current counts of one theme for one plan, outlet and Vietnamese day: what the coverage index holds.
 *
 * @param plan plan id
 * @param outlet outlet id
 * @param epochDay Vietnamese day, as {@link java.time.LocalDate#toEpochDay()}
 * @param theme theme id
 * @param articles articles classified under the theme
 * @param titleHits of those, articles whose title or lead matched
 * @param bodyOnlyHits of those, articles that matched in the body only
 * @param syndicated of those, syndicated copies
 * @param outletArticles every article of the outlet that day, matched or not
 */
public record CoverageRow(
    String plan, String outlet, long epochDay, String theme, int articles, int titleHits, int bodyOnlyHits,
    int syndicated, int outletArticles) {

  /** Share of the outlet's articles that day that covered the theme, 0 when the outlet published nothing. */
  public double share() {
    return outletArticles <= 0 ? 0.0 : (double) articles / outletArticles;
  }
}
