package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ExtractionQualityTest {
  private static final String TRUTH = "một hai ba bốn năm sáu bảy tám";

  @Test
  void identicalTextsScoreOne() {
    assertThat(ExtractionQuality.f1(TRUTH, TRUTH)).isEqualTo(1.0);
  }

  @Test
  void caseWhitespaceAndUnicodeFormDoNotMatter() {
    String variant = Normalizer.normalize("MỘT hai\n\nba   bốn năm sáu bảy tám", Normalizer.Form.NFD);

    assertThat(ExtractionQuality.f1(variant, TRUTH)).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    ExtractionQuality.Score score = ExtractionQuality.score(TRUTH + " chín mười", TRUTH);

    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isCloseTo(5.0 / 7, within(1e-9));
  }

  @Test
  void missingTextLowersRecallOnly() {
    ExtractionQuality.Score score = ExtractionQuality.score("một hai ba bốn năm sáu", TRUTH);

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isCloseTo(3.0 / 5, within(1e-9));
  }

  @Test
  void f1IsTheHarmonicMean() {
    ExtractionQuality.Score score = ExtractionQuality.score("một hai ba bốn năm sáu chín mười", TRUTH);

    assertThat(score.f1())
        .isCloseTo(2 * score.precision() * score.recall() / (score.precision() + score.recall()), within(1e-9));
  }

  @Test
  void repeatedTextEarnsNoExtraCredit() {
    ExtractionQuality.Score score = ExtractionQuality.score(TRUTH + " " + TRUTH, TRUTH);

    assertThat(score.precision()).isLessThan(0.5);
  }

  @Test
  void disjointTextsScoreZero() {
    assertThat(ExtractionQuality.f1("a b c d e", TRUTH)).isZero();
  }

  @Test
  void emptyExtractionScoresZero() {
    assertThat(ExtractionQuality.f1("", TRUTH)).isZero();
  }

  @Test
  void twoEmptyTextsAgree() {
    assertThat(ExtractionQuality.f1(null, " ")).isEqualTo(1.0);
  }

  @Test
  void textsShorterThanFourWordsCompareAsAWhole() {
    assertThat(ExtractionQuality.f1("Hà Nội", "hà nội")).isEqualTo(1.0);
  }
}
