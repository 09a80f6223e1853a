package vn.presswatch.processing.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.outlet.OutletCatalog;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.classify.Classification;
import vn.presswatch.processing.classify.PlanClassifier;
import vn.presswatch.processing.model.CoverageRow;

class ArticleDocumentTest {
  static final Plan PLAN = PlanLoader.load(Path.of("../config/plans/205-KH-BTCTW-2019.yaml"));
  static final Labels LABELS = new Labels(OutletCatalog.parse("""
      outlets:
        - {id: nhandan, name: Báo Nhân Dân, kind: central}
      """).outlets(), List.of(PLAN));
  static final IndexNames NAMES = new IndexNames("presswatch");

  static Article article(String outlet, String title, String duplicateOf) {
    return new Article(1, "id1", outlet, "https://x.vn/a", "https://x.vn/a", title,
        "Thực hiện Nghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng.",
        "Đấu tranh phản bác các quan điểm sai trái, thù địch.", null, null, List.of(), "vi",
        Instant.parse("2019-06-30T17:10:00Z"), null, Instant.parse("2019-06-30T18:00:00Z"), null, duplicateOf, null);
  }

  static JsonNode json(IndexOp op) throws Exception {
    return Json.mapper().readTree(op.json());
  }

  @Test
  void anArticleGoesToTheIndexOfItsVietnameseMonthWithItsDayAndLabels() throws Exception {
    Article a = article("nhandan", "Bảo vệ nền tảng tư tưởng của Đảng", null);
    IndexOp op = ArticleDocument.of(a, List.of(), LABELS, NAMES, Instant.EPOCH);
    assertThat(op.index()).isEqualTo("presswatch-articles-2019.07");
    assertThat(op.id()).isEqualTo("id1");
    JsonNode doc = json(op);
    assertThat(doc.get("day").asText()).isEqualTo("2019-07-01");
    assertThat(doc.get("outlet_name").asText()).isEqualTo("Báo Nhân Dân");
    assertThat(doc.get("outlet_kind").asText()).isEqualTo("central");
    assertThat(doc.get("syndicated").asBoolean()).isFalse();
    assertThat(doc.has("id")).isFalse();
    assertThat(doc.get("article_id").asText()).isEqualTo("id1");
  }

  @Test
  void themesCarryTheirPlanKindScoreAndEvidenceAndFlatKeysForAggregations() throws Exception {
    Article a = article("nhandan", "Bảo vệ nền tảng tư tưởng của Đảng", null);
    Classification c = PlanClassifier.of(PLAN).classify(a.title(), a.lead(), a.text());
    JsonNode doc = json(ArticleDocument.of(a, List.of(c), LABELS, NAMES, Instant.EPOCH));
    assertThat(doc.get("theme_ids")).extracting(JsonNode::asText).contains("1.1");
    assertThat(doc.get("theme_keys")).extracting(JsonNode::asText).contains(PLAN.id() + ":1.1");
    assertThat(doc.get("title_theme_keys")).extracting(JsonNode::asText).contains(PLAN.id() + ":1.1");
    JsonNode theme = doc.get("themes").get(0);
    assertThat(theme.get("kind").asText()).isEqualTo("focal");
    assertThat(theme.get("score").asDouble()).isPositive();
    assertThat(theme.get("evidence").get(0).get("field").asText()).isIn("title", "lead", "body");
  }

  @Test
  void theFetchTimeTravelsWithTheDocumentForTheLagMetricAndIsZeroWhenUnknown() {
    Article a = article("nhandan", "x", null);
    assertThat(ArticleDocument.of(a, List.of(), LABELS, NAMES, Instant.EPOCH).sourceMillis())
        .isEqualTo(Instant.parse("2019-06-30T18:00:00Z").toEpochMilli());
    Article unfetched = new Article(1, "id2", "nhandan", "https://x.vn/b", null, "x", null, "y", null, null, List.of(),
        "vi", a.publishedAt(), null, null, null, null, null);
    assertThat(ArticleDocument.of(unfetched, List.of(), LABELS, NAMES, Instant.EPOCH).sourceMillis()).isZero();
  }

  @Test
  void anUnknownOutletStillIndexesWithKindUnknown() throws Exception {
    JsonNode doc = json(ArticleDocument.of(article("nobody", "x", "id0"), List.of(), LABELS, NAMES, Instant.EPOCH));
    assertThat(doc.get("outlet_kind").asText()).isEqualTo("unknown");
    assertThat(doc.get("syndicated").asBoolean()).isTrue();
  }

  @Test
  void coverageDocumentsHaveStableIdsAndTheirShare() throws Exception {
    CoverageRow row = new CoverageRow(PLAN.id(), "nhandan", 18078, "2.5", 2, 1, 1, 0, 8);
    IndexOp op = CoverageDocument.of(row, LABELS, NAMES, Instant.EPOCH);
    assertThat(op.id()).isEqualTo(CoverageDocument.id(row)).hasSize(32);
    assertThat(op.id()).isNotEqualTo(CoverageDocument.id(new CoverageRow(PLAN.id(), "nhandan", 18079, "2.5", 2, 1,
        1, 0, 8)));
    JsonNode doc = json(op);
    assertThat(doc.get("day").asText()).isEqualTo("2019-07-01");
    assertThat(doc.get("share").asDouble()).isEqualTo(0.25);
    assertThat(doc.get("theme_kind").asText()).isEqualTo("regular");
  }
}
