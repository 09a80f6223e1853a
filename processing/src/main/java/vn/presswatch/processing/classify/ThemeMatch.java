package vn.presswatch.processing.classify;

import java.io.Serializable;
import java.util.List;

/**
 * An article's credit for one theme.
 *
 * @param themeId the theme's id, for example {@code 1.1}
 * @param score the weighted sum of the evidence (see docs/classification.md)
 * @param titleHit true when some evidence came from the title or the lead
 * @param evidence what was found, strongest first
 */
public record ThemeMatch(String themeId, double score, boolean titleHit, List<Evidence> evidence)
    implements Serializable {
  public ThemeMatch {
    evidence = List.copyOf(evidence);
  }
}
