package vn.presswatch.processing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.plan.PlanLoader;

class EvaluationTest {
  private static final PlanClassifier CLASSIFIER = PlanClassifier.of(PlanLoader.load(PlanClassifierTest.PLAN_205));

  private static GoldArticle gold(String id, String title, String... themes) {
    return new GoldArticle(new ArticleInput(id, title, "", ""), Set.of(themes));
  }

  private final Evaluation evaluation = Evaluation.run(CLASSIFIER, List.of("2.4", "2.5"), List.of(
      gold("tp", "Tinh giản biên chế ở các bộ", "2.5"),
      gold("fp", "Tinh giản biên chế không phải chủ đề bài này"),
      gold("fn", "Một bài về bộ máy", "2.4"),
      gold("tn", "Giá vàng hôm nay")));

  @Test
  void countsTruePositivesFalsePositivesAndFalseNegativesPerTheme() {
    assertThat(evaluation.themes()).containsExactly(
        new Evaluation.Score("2.4", 0, 0, 1), new Evaluation.Score("2.5", 1, 1, 0));
  }

  @Test
  void themeWithoutPredictionsHasPrecisionOneAndRecallFromItsMisses() {
    Evaluation.Score s = evaluation.themes().get(0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.0);
    assertThat(s.f1()).isEqualTo(0.0);
  }

  @Test
  void microAndMacroAveragesCombineTheThemes() {
    assertThat(evaluation.micro().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(evaluation.macroF1()).isCloseTo((0 + 2.0 / 3) / 2, within(1e-9));
  }

  @Test
  void listsTheArticlesWithErrors() {
    assertThat(evaluation.errors()).extracting(Evaluation.Error::articleId).containsExactly("fp", "fn");
  }

  @Test
  void reportHasOneLinePerThemeAndTheAverages() {
    assertThat(evaluation.report()).contains("2.4 ", "2.5 ", "micro", "macro", "4 articles, 2 with an error");
  }
}
