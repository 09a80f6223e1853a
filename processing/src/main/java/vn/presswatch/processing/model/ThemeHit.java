package vn.presswatch.processing.model;

/**
 * One theme an article matched, in one plan, and whether the match reached the title or lead.
 *
 * @param plan plan id
 * @param theme theme id, for example {@code 1.1}
 * @param titleHit true when evidence came from the title or lead, false for body-only matches
 */
public record ThemeHit(String plan, String theme, boolean titleHit) {
  private static final char SEP = '\t';

  /** A compact string form, used inside {@link ArticleVersion} and {@link CoverageDelta}. */
  public String encode() {
    return plan + SEP + theme + SEP + (titleHit ? 'T' : 'B');
  }

  public static ThemeHit decode(String encoded) {
    int a = encoded.indexOf(SEP);
    int b = encoded.lastIndexOf(SEP);
    if (a < 0 || b == a) {
      throw new IllegalArgumentException("not an encoded theme hit: " + encoded);
    }
    return new ThemeHit(encoded.substring(0, a), encoded.substring(a + 1, b), encoded.charAt(b + 1) == 'T');
  }
}
