package vn.presswatch.processing.model;

import java.util.Arrays;
import vn.presswatch.elastic.IndexOp;

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
 * @param document the version's articles-index document; in the state kept of the last version, only how to delete it
 *     ({@link IndexOp#delete}), or null in state written before documents were tracked
 */
public record ArticleVersion(
    String articleId, String outlet, long epochDay, boolean syndicated, String[] plans, String[] hits,
    IndexOp document) {

  /** This version as remembered: its document reduced to its deletion, so state does not hold article texts. */
  public ArticleVersion remembered() {
    return new ArticleVersion(articleId, outlet, epochDay, syndicated, plans, hits,
        document == null ? null : IndexOp.delete(document.index(), document.id()));
  }

  /**
   * The deletion of {@code previous}'s document when this version's document goes to another index (a corrected
   * publication date moved it to another month), so that the alias does not hold the article twice.
   */
  public java.util.Optional<IndexOp> supersededDocument(ArticleVersion previous) {
    if (previous == null || previous.document == null || document == null
        || previous.document.index().equals(document.index())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(IndexOp.delete(previous.document.index(), previous.document.id()));
  }

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
