package vn.presswatch.processing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.core.plan.Theme;

/**
 * Guards the figures reported in docs/classification.md: the labelled development set (texts read from the
 * shared data directory) must score at least as well as reported.
 */
class DevSetRegressionTest {
  /** The figures in docs/classification.md, rounded down. */
  private static final double MACRO_F1 = 0.77;

  private static final double MICRO_PRECISION = 0.91;

  private static final Path DEV_SET = Path.of("src", "test", "resources", "devset", "205-KH-BTCTW-2019.jsonl");
  private static Evaluation evaluation;
  private static List<GoldArticle> gold;

  @BeforeAll
  static void evaluate() {
    Path shared = Path.of(System.getProperty("presswatch.shared.dir", "../../shared"));
    assumeTrue(Files.isDirectory(shared.resolve("data/vn-news/texts")), "shared data not found at " + shared);
    Plan plan = PlanLoader.load(PlanClassifierTest.PLAN_205);
    gold = new GoldSetReader(shared).read(DEV_SET);
    evaluation = Evaluation.run(PlanClassifier.of(plan), plan.themes().stream().map(Theme::id).toList(), gold);
  }

  @Test
  void everyLabelledArticleIsResolved() {
    assertThat(gold).hasSize(370);
  }

  @Test
  void macroF1StaysAtLeastAsReported() {
    assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(MACRO_F1);
  }

  @Test
  void microPrecisionStaysAtLeastAsReported() {
    assertThat(evaluation.micro().precision()).isGreaterThanOrEqualTo(MICRO_PRECISION);
  }

  @Test
  void randomlyDrawnArticlesGetNoFalseTheme() {
    long falseHits = evaluation.errors().stream()
        .filter(e -> e.gold().isEmpty() && (e.articleId().startsWith("news-") || e.articleId().startsWith("tc-") || e.articleId().startsWith("psr-")))
        .count();
    assertThat(falseHits).isZero();
  }
}
