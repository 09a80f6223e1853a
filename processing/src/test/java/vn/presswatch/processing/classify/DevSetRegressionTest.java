package vn.presswatch.processing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.core.plan.Theme;

/**
 * Guards the figures reported in docs/classification.md: the labelled development set (texts read from the
 * shared data directory) must score at least as well as reported, on the whole set and on its two parts.
 *
 * <p>The split is by id: an article is held out when the CRC-32 of its UTF-8 id is divisible by 3 (about a
 * third of the set). Phrases and thresholds are tuned on the other part only; the held-out figures show how
 * much of that tuning carries over. The guards of rounds one to four stay on the 846 articles they were measured
 * on; the full articles of round five (mostly 2006 politics, labelled by reading the whole text) have guards of
 * their own, and so has the whole set. The reports are logged at INFO.
 */
class DevSetRegressionTest {
  private static final Logger LOG = LoggerFactory.getLogger(DevSetRegressionTest.class);

  /** The figures in docs/classification.md, rounded down, on the 846 articles of rounds one to four. */
  private static final double MACRO_F1 = 0.88;

  private static final double TUNING_MACRO_F1 = 0.93;

  private static final double HELD_OUT_MACRO_F1 = 0.78;

  /**
   * Micro precision on the round-four set. The round-four pools brought an article the classifier credits without
   * a label into the held-out part, so that set measures 0.957; the articles the round-three figure (0.969) was
   * measured on keep their own guard.
   */
  private static final double MICRO_PRECISION = 0.95;

  private static final double ROUND_THREE_MICRO_PRECISION = 0.96;

  /** Pools added in round four (id prefixes); the rest of the round-four set is the set of round three. */
  private static final Set<String> ROUND_FOUR_POOLS = Set.of("r4-", "kw4-");

  /** The pool of full articles added in round five (id prefix). */
  private static final String FULL_ARTICLES = "full-";

  /**
   * Round five's figures on the whole set (1,004 articles) and on its 158 full articles (both parts), rounded
   * down. The full articles' held-out part is where precision is lowest (0.64 micro); see docs/classification.md.
   */
  private static final double ALL_MACRO_F1 = 0.82;

  private static final double ALL_MICRO_PRECISION = 0.91;

  private static final double FULL_ARTICLES_MICRO_PRECISION = 0.78;

  private static final double FULL_ARTICLES_MICRO_RECALL = 0.69;

  /** The aim: no theme below this precision on the part the classifier was tuned on. */
  private static final double TUNING_THEME_PRECISION = 0.85;

  /** Pools drawn at random from ordinary news (id prefixes): none of them may get a theme it should not. */
  private static final Set<String> ORDINARY_NEWS = Set.of("news-", "tc-", "psr-", "vntco-", "tco-", "rnd-");

  private static final Path DEV_SET = Path.of("src", "test", "resources", "devset", "205-KH-BTCTW-2019.jsonl");
  private static List<GoldArticle> gold;
  private static Evaluation all;
  private static Evaluation roundFourSet;
  private static Evaluation tuning;
  private static Evaluation heldOut;
  private static Evaluation roundThreeSet;
  private static Evaluation fullArticles;

  @BeforeAll
  static void evaluate() {
    Path shared = Path.of(System.getProperty("presswatch.shared.dir", "../../shared"));
    assumeTrue(Files.isDirectory(shared.resolve("data/vn-news/texts")), "shared data not found at " + shared);
    Plan plan = PlanLoader.load(PlanClassifierTest.PLAN_205);
    PlanClassifier classifier = PlanClassifier.of(plan);
    List<String> themes = plan.themes().stream().map(Theme::id).toList();
    gold = new GoldSetReader(shared).read(DEV_SET);
    List<GoldArticle> roundFour = gold.stream().filter(g -> !g.article().id().startsWith(FULL_ARTICLES)).toList();
    all = Evaluation.run(classifier, themes, gold);
    roundFourSet = Evaluation.run(classifier, themes, roundFour);
    tuning = Evaluation.run(classifier, themes, roundFour.stream().filter(g -> !heldOut(g.article().id())).toList());
    heldOut = Evaluation.run(classifier, themes, roundFour.stream().filter(g -> heldOut(g.article().id())).toList());
    roundThreeSet = Evaluation.run(classifier, themes, roundFour.stream()
        .filter(g -> ROUND_FOUR_POOLS.stream().noneMatch(g.article().id()::startsWith)).toList());
    fullArticles = Evaluation.run(classifier, themes,
        gold.stream().filter(g -> g.article().id().startsWith(FULL_ARTICLES)).toList());
    LOG.info("development set, all:\n{}round-four set, tuning part:\n{}round-four set, held-out part:\n{}"
        + "full articles (round five):\n{}", all.report(), tuning.report(), heldOut.report(), fullArticles.report());
  }

  /** Whether the article with this id belongs to the held-out part of the development set. */
  static boolean heldOut(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 3 == 0;
  }

  @Test
  void everyLabelledArticleIsResolved() {
    assertThat(gold).hasSize(1004);
    assertThat(roundFourSet.articles()).isEqualTo(846);
    assertThat(fullArticles.articles()).isEqualTo(158);
  }

  @Test
  void splitHoldsOutAboutAThird() {
    assertThat(gold.stream().filter(g -> heldOut(g.article().id())).count()).isBetween(310L, 390L);
    assertThat(heldOut.articles()).isEqualTo(296);
    assertThat(heldOut("ps-044")).isTrue();
    assertThat(heldOut("ps-013")).isFalse();
  }

  @Test
  void macroF1StaysAtLeastAsReported() {
    assertThat(roundFourSet.macroF1()).isGreaterThanOrEqualTo(MACRO_F1);
    assertThat(tuning.macroF1()).isGreaterThanOrEqualTo(TUNING_MACRO_F1);
    assertThat(heldOut.macroF1()).isGreaterThanOrEqualTo(HELD_OUT_MACRO_F1);
    assertThat(all.macroF1()).isGreaterThanOrEqualTo(ALL_MACRO_F1);
  }

  @Test
  void microPrecisionStaysAtLeastAsReported() {
    assertThat(roundFourSet.micro().precision()).isGreaterThanOrEqualTo(MICRO_PRECISION);
    assertThat(roundThreeSet.articles()).isEqualTo(673);
    assertThat(roundThreeSet.micro().precision()).isGreaterThanOrEqualTo(ROUND_THREE_MICRO_PRECISION);
    assertThat(all.micro().precision()).isGreaterThanOrEqualTo(ALL_MICRO_PRECISION);
  }

  @Test
  void fullArticlesScoreAtLeastAsReported() {
    assertThat(fullArticles.micro().precision()).isGreaterThanOrEqualTo(FULL_ARTICLES_MICRO_PRECISION);
    assertThat(fullArticles.micro().recall()).isGreaterThanOrEqualTo(FULL_ARTICLES_MICRO_RECALL);
  }

  @Test
  void noThemeOnTheTuningPartFallsBelowTheAimedPrecision() {
    assertThat(tuning.themes()).allSatisfy(
        s -> assertThat(s.precision()).as("precision of theme %s", s.themeId())
            .isGreaterThanOrEqualTo(TUNING_THEME_PRECISION));
  }

  @Test
  void randomlyDrawnArticlesGetNoFalseTheme() {
    long falseHits = all.errors().stream()
        .filter(e -> e.gold().isEmpty() && ORDINARY_NEWS.stream().anyMatch(e.articleId()::startsWith))
        .count();
    assertThat(falseHits).isZero();
  }
}
