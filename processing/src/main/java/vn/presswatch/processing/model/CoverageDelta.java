package vn.presswatch.processing.model;

/**
 * A change to one plan's counts for one outlet and day: an article version entering ({@code sign = +1}) or leaving
 * ({@code sign = -1}) the count because it was first seen, re-published with other themes, or moved to another day.
 *
 * @param plan plan id
 * @param outlet outlet id
 * @param epochDay Vietnamese day, as {@link java.time.LocalDate#toEpochDay()}
 * @param sign +1 or -1
 * @param syndicated whether the article is a syndicated copy
 * @param hits encoded {@link ThemeHit}s of this plan only
 */
public record CoverageDelta(String plan, String outlet, long epochDay, int sign, boolean syndicated, String[] hits) {
  /** The key the counts are kept under: one plan, outlet and day. */
  public String countKey() {
    return plan + '|' + outlet + '|' + epochDay;
  }
}
