package vn.presswatch.processing.classify;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What {@link PlanClassifier} found in one article.
 *
 * @param planId the plan the article was classified against
 * @param themes the themes the article is credited with (score at or above the theme's threshold), highest
 *     score first; empty when it covers none
 * @param forms the plan's forms of coverage the article shows (for example {@code column}, {@code seminar},
 *     {@code press_award}), in plan order
 * @param scores every theme with any evidence and its score, credited or not (for evaluation and tuning)
 */
public record Classification(
    String planId, List<ThemeMatch> themes, List<String> forms, Map<String, Double> scores)
    implements Serializable {
  public Classification {
    themes = List.copyOf(themes);
    forms = List.copyOf(forms);
    scores = Map.copyOf(scores);
  }

  /** The ids of the credited themes, highest score first. */
  public List<String> themeIds() {
    return themes.stream().map(ThemeMatch::themeId).toList();
  }
}
