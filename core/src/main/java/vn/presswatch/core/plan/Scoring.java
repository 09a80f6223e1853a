package vn.presswatch.core.plan;

/**
 * How matches turn into a theme score: each match adds its signal weight times its field weight, and an
 * article is credited with a theme when the score reaches the theme's threshold and at least one strong
 * signal (a key phrase or a document) matched. Every field left out of the plan YAML takes its value from
 * {@link #DEFAULTS}.
 *
 * @param titleWeight multiplier for matches in the title
 * @param leadWeight multiplier for matches in the lead (sapo)
 * @param bodyWeight multiplier for matches in the body
 * @param keyPhraseWeight weight of a key phrase
 * @param supportingPhraseWeight weight of a supporting phrase
 * @param documentWeight weight of a document cited in full ({@code 35-NQ/TW})
 * @param bareDocumentWeight weight of a document named by kind and number only ({@code Nghị quyết 35})
 * @param threshold the default per-theme threshold
 * @param bodyOnlyStrongSignals whether a theme found only in the body must reach its threshold on its strong
 *     signals alone: when true, supporting phrases and bare document numbers add weight only to a theme that the
 *     title or lead also names, so the slogans and titles a long body repeats cannot lift a theme on their own
 */
public record Scoring(
    Double titleWeight,
    Double leadWeight,
    Double bodyWeight,
    Double keyPhraseWeight,
    Double supportingPhraseWeight,
    Double documentWeight,
    Double bareDocumentWeight,
    Double threshold,
    Boolean bodyOnlyStrongSignals) {

  /**
   * The values for a plan that sets none: a key phrase in the title (3 × 3) credits a theme. Plan 205 sets a
   * stricter threshold and bare-document weight of its own (see docs/classification.md).
   */
  public static final Scoring DEFAULTS = new Scoring(3.0, 2.0, 1.0, 3.0, 1.0, 4.0, 3.0, 8.0, false);

  /** This scoring with every missing field taken from {@link #DEFAULTS}. */
  public Scoring withDefaults() {
    return new Scoring(
        or(titleWeight, DEFAULTS.titleWeight),
        or(leadWeight, DEFAULTS.leadWeight),
        or(bodyWeight, DEFAULTS.bodyWeight),
        or(keyPhraseWeight, DEFAULTS.keyPhraseWeight),
        or(supportingPhraseWeight, DEFAULTS.supportingPhraseWeight),
        or(documentWeight, DEFAULTS.documentWeight),
        or(bareDocumentWeight, DEFAULTS.bareDocumentWeight),
        or(threshold, DEFAULTS.threshold),
        bodyOnlyStrongSignals == null ? DEFAULTS.bodyOnlyStrongSignals : bodyOnlyStrongSignals);
  }

  private static Double or(Double value, Double fallback) {
    return value == null ? fallback : value;
  }
}
