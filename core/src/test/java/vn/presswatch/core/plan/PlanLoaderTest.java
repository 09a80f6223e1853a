package vn.presswatch.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanLoaderTest {
  private static final Path PLAN_205 = Path.of("..", "config", "plans", "205-KH-BTCTW-2019.yaml");

  private static final String MINIMAL = """
      id: 1-KH/TEST
      title: Kế hoạch thử
      issuer: Ban thử
      issued: 2020-01-02
      valid_from: 2020-01-02
      valid_to: 2020-12-31
      themes:
        - id: "1"
          kind: focal
          name_vi: Chủ đề
          name_en: Topic
          signals:
            key_phrases: [xây dựng Đảng]
      """;

  @Test
  void loadsPlan205WithItsThirteenThemes() {
    Plan plan = PlanLoader.load(PLAN_205);
    assertThat(plan.id()).isEqualTo("205-KH/BTCTW");
    assertThat(plan.issued()).isEqualTo(LocalDate.of(2019, 4, 12));
    assertThat(plan.themes()).extracting(Theme::id).containsExactly(
        "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8");
    assertThat(plan.themes().stream().filter(t -> t.kind() == ThemeKind.FOCAL)).hasSize(5);
  }

  @Test
  void plan205CitesTheDocumentsOfItsThemes() {
    Plan plan = PlanLoader.load(PLAN_205);
    assertThat(plan.theme("1.1").orElseThrow().signals().documents())
        .extracting(DocumentRef::label).contains("35-NQ/TW");
    assertThat(plan.theme("2.4").orElseThrow().signals().documents())
        .extracting(DocumentRef::label).containsExactly("18-NQ/TW", "19-NQ/TW", "121-KL/TW", "60-NQ/TW");
    // a document of the 14th Committee is dated by its year alone
    assertThat(plan.theme("1.3").orElseThrow().signals().documents())
        .filteredOn(d -> d.label().equals("207-QĐ/TW"))
        .singleElement().satisfies(d -> {
          assertThat(d.year()).isEqualTo(2026);
          assertThat(d.term()).isNull();
        });
    assertThat(plan.forms()).extracting(PlanForm::id).containsExactly("column", "seminar", "press_award");
  }

  @Test
  void anotherPlanLoadsWithoutCodeChangesAndTakesDefaultScoring() {
    Plan plan = PlanLoader.parse(MINIMAL);
    assertThat(plan.themes()).hasSize(1);
    assertThat(plan.scoring()).isEqualTo(Scoring.DEFAULTS);
    assertThat(plan.thresholdOf(plan.themes().get(0))).isEqualTo(Scoring.DEFAULTS.threshold());
  }

  @Test
  void plan205AsksBodyOnlyThemesForStrongSignalsWhileOtherPlansDoNotByDefault() {
    assertThat(PlanLoader.load(PLAN_205).scoring().bodyOnlyStrongSignals()).isTrue();
    assertThat(PlanLoader.parse(MINIMAL).scoring().bodyOnlyStrongSignals()).isFalse();
    Plan partial = PlanLoader.parse(MINIMAL.replace("themes:", "scoring:\n  threshold: 6\nthemes:"));
    assertThat(partial.scoring().threshold()).isEqualTo(6.0);
    assertThat(partial.scoring().bodyOnlyStrongSignals()).isFalse();
  }

  @Test
  void themeTitleNegativesAreRead() {
    Plan plan = PlanLoader.parse(MINIMAL.replace("key_phrases: [xây dựng Đảng]",
        "key_phrases: [xây dựng Đảng]\n      title_negatives: [trường học]"));
    assertThat(plan.themes().get(0).signals().titleNegatives()).containsExactly("trường học");
    assertThatThrownBy(() -> PlanLoader.parse(MINIMAL.replace("key_phrases: [xây dựng Đảng]",
        "key_phrases: [xây dựng Đảng]\n      title_negatives: [\" \"]")))
        .hasMessageContaining("blank title negative");
  }

  @Test
  void missingThemeNameIsReportedWithTheThemeAndField() {
    assertThatThrownBy(() -> PlanLoader.parse(MINIMAL.replace("    name_vi: Chủ đề\n", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("theme #1 (1)")
        .hasMessageContaining("name_vi");
  }

  @Test
  void themeWithoutStrongSignalsIsRejected() {
    assertThatThrownBy(() -> PlanLoader.parse(MINIMAL.replace("key_phrases: [xây dựng Đảng]", "negatives: [x]")))
        .hasMessageContaining("at least one key phrase or document");
  }

  @Test
  void unknownFieldIsReportedWithItsPath() {
    assertThatThrownBy(() -> PlanLoader.parse(MINIMAL.replace("kind: focal", "kind: focal\n    colour: red")))
        .hasMessageContaining("themes.[0]")
        .hasMessageContaining("colour");
  }

  @Test
  void badDocumentNumberIsReported() {
    String yaml = MINIMAL.replace("key_phrases: [xây dựng Đảng]", "documents: [\"Nghị quyết 35\"]");
    assertThatThrownBy(() -> PlanLoader.parse(yaml)).hasMessageContaining("documents");
  }
}
