package vn.presswatch.processing.model;

import java.util.Arrays;

/**
 * What one version of an article contributes to the counts: its outlet, its Vietnamese day and, per plan, the themes
 * it was classified under. Flat fields and arrays only, so Flink serialises it as a POJO.
 *
 * @param articleId stable article id
 * @param outlet outlet id
 * @param epochDay Vietnamese calendar day of publication, as {@link java.time.LocalDate#toEpochDay()}
 * @param syndicated whether the article is a copy of another outlet's story
 * @param plans ids of every plan it was classified against (it counts towards each plan's outlet total)
 * @param hits one entry per matched theme, {@link ThemeHit#encode() encoded}
 */
public record ArticleVersion(
    String articleId, String outlet, long epochDay, boolean syndicated, String[] plans, String[] hits) {

  /** Whether {@code other} contributes exactly the same to every count. */
  public boolean countsLike(ArticleVersion other) {
    return other != null
        && outlet.equals(other.outlet)
        && epochDay == other.epochDay
        && syndicated == other.syndicated
        && Arrays.equals(plans, other.plans)
        && Arrays.equals(hits, other.hits);
  }
}
