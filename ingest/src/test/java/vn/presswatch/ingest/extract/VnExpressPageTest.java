package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.outlet.OutletSelectors;

/** The real VnExpress page with fundus ground truth (title, authors, date, body paragraphs). */
class VnExpressPageTest {
  private static final String URL =
      "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html";
  private static ExtractedPage page;
  private static JsonNode truth;

  @BeforeAll
  static void extract() throws IOException {
    page =
        new ArticleExtractor()
            .extract(SharedPages.read("fundus/VnExpress_2025_10_22.html.gz"), URL, OutletSelectors.NONE);
    truth = Json.mapper().readTree(SharedPages.path("fundus/VnExpress.json").toFile()).get("V1");
  }

  private static String trueBody() {
    List<String> paragraphs = new ArrayList<>();
    for (JsonNode section : truth.path("body").path("sections")) {
      section.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    }
    return String.join("\n\n", paragraphs);
  }

  @Test
  void bodyReachesF1OfAtLeastNinetyPercent() {
    ExtractionQuality.Score score = ExtractionQuality.score(page.text(), trueBody());
    System.out.printf("VnExpress fundus body: P=%.4f R=%.4f F1=%.4f%n", score.precision(), score.recall(), score.f1());
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void titleMatchesTruth() {
    assertThat(page.title()).isEqualTo(truth.path("title").asText());
  }

  @Test
  void leadIsTheSummary() {
    assertThat(page.lead()).isEqualTo(truth.path("body").path("summary").get(0).asText());
  }

  @Test
  void bodyRepeatsNeitherTitleNorLead() {
    assertThat(page.text()).doesNotContain(page.title()).doesNotContain(page.lead());
  }

  @Test
  void authorIsTheClosingByline() {
    assertThat(page.author()).isEqualTo(truth.path("authors").get(0).asText());
  }

  @Test
  void bodyDoesNotEndWithTheByline() {
    assertThat(page.text()).doesNotEndWith("Lê Phương");
  }

  @Test
  void publishedAtMatchesTruth() {
    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-10-22T12:25:52Z"));
  }

  @Test
  void languageIsVietnamese() {
    assertThat(page.language()).isEqualTo("vi");
  }

  @Test
  void canonicalUrlIsTheArticle() {
    assertThat(page.canonicalUrl()).isEqualTo(URL);
  }

  @Test
  void tagsComeFromTheKeywords() {
    assertThat(page.tags()).contains("Rối loạn tiêu hóa");
  }
}
