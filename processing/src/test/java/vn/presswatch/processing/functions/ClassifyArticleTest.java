package vn.presswatch.processing.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleCodec;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.time.Period;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.processing.jobs.BoundedRun;
import vn.presswatch.processing.jobs.JobInputs;
import vn.presswatch.processing.model.ArticleVersion;
import vn.presswatch.processing.model.RawRecord;
import vn.presswatch.processing.model.ThemeHit;

class ClassifyArticleTest {
  private OneInputStreamOperatorTestHarness<RawRecord, ArticleVersion> harness;

  @BeforeEach
  void open() throws Exception {
    harness = harness(null);
  }

  private static OneInputStreamOperatorTestHarness<RawRecord, ArticleVersion> harness(BoundedRun bounded)
      throws Exception {
    JobInputs inputs = new JobInputs(List.of(Files.readString(Path.of("../config/plans/205-KH-BTCTW-2019.yaml"))),
        "outlets:\n  - {id: nhandan, name: Báo Nhân Dân, kind: central}\n", new IndexNames("presswatch"));
    var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new ClassifyArticle(inputs, bounded)));
    h.open();
    return h;
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static RawRecord record(byte[] value) {
    return new RawRecord("presswatch.articles", 0, 7, 0, value);
  }

  private static Article article(Instant published) {
    return new Article(1, "a1", "nhandan", "https://nhandan.vn/a", "https://nhandan.vn/a",
        "Kiên quyết bảo vệ nền tảng tư tưởng của Đảng",
        "Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.",
        "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng.", null, null, List.of(), "vi",
        published, null, published, null, null, null);
  }

  private List<JsonNode> deadLetters() throws Exception {
    var out = harness.getSideOutput(ClassifyArticle.DEAD_LETTERS);
    return out == null ? List.of() : out.stream().map(r -> {
      try {
        return Json.mapper().readTree(((StreamRecord<byte[]>) r).getValue());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void aGoodArticleYieldsItsDocumentAndItsContributionToTheCounts() throws Exception {
    harness.processElement(record(ArticleCodec.toBytes(article(Instant.parse("2019-05-28T17:30:00Z")))), 0);
    ArticleVersion v = harness.extractOutputValues().get(0);
    assertThat(v.epochDay()).isEqualTo(java.time.LocalDate.of(2019, 5, 29).toEpochDay());
    assertThat(v.hits()).extracting(h -> ThemeHit.decode(h).theme()).contains("1.1");
    assertThat(v.document().index()).isEqualTo("presswatch-articles-2019.05");
    assertThat(v.document().id()).isEqualTo(v.articleId());
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void garbageAndTombstonesAreDeadLetteredWithTheirPosition() throws Exception {
    harness.processElement(record("{oops".getBytes(StandardCharsets.UTF_8)), 0);
    harness.processElement(record(null), 0);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(deadLetters()).hasSize(2).allSatisfy(d -> {
      assertThat(d.get("stage").asText()).isEqualTo("process");
      assertThat(d.get("url").asText()).isEqualTo("presswatch.articles/0@7");
    });
  }

  @Test
  void anArticleDatedInTheFutureIsDeadLetteredSoItCannotDragTheWatermark() throws Exception {
    harness.processElement(record(ArticleCodec.toBytes(article(Instant.now().plus(Duration.ofDays(3))))), 0);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(deadLetters()).singleElement()
        .satisfies(d -> assertThat(d.get("detail").asText()).contains("in the future"));
  }

  @Test
  void anArticleDatedBeforeTheOnlinePressIsDeadLettered() throws Exception {
    harness.processElement(record(ArticleCodec.toBytes(article(Instant.parse("0001-01-01T00:00:00Z")))), 0);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(deadLetters()).singleElement()
        .satisfies(d -> assertThat(d.get("detail").asText()).contains("is before 1990-01-01"));
  }

  @Test
  void aReprocessKeepsOnlyTheArticlesOfItsVietnameseDaysAndStampsThemWithItsStart() throws Exception {
    harness.close();
    Instant startedAt = Instant.parse("2026-01-02T03:04:05.678Z");
    harness = harness(BoundedRun.of(Period.between(LocalDate.of(2019, 5, 29), LocalDate.of(2019, 5, 29)),
        startedAt));
    // 00:30 on 29 May in Vietnam (still 28 May in UTC) is in; 00:30 on 30 May (29 May in UTC) is out.
    harness.processElement(record(ArticleCodec.toBytes(article(Instant.parse("2019-05-28T17:30:00Z")))), 0);
    harness.processElement(record(ArticleCodec.toBytes(article(Instant.parse("2019-05-29T17:30:00Z")))), 0);
    harness.processElement(record(ArticleCodec.toBytes(article(Instant.parse("2019-05-28T16:59:59Z")))), 0);

    assertThat(harness.extractOutputValues()).singleElement()
        .satisfies(v -> assertThat(v.epochDay()).isEqualTo(LocalDate.of(2019, 5, 29).toEpochDay()));
    assertThat(harness.extractOutputValues()).singleElement().satisfies(v -> {
      JsonNode doc = Json.mapper().readTree(v.document().json());
      assertThat(doc.get("indexed_at").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    });
  }

  @Test
  void aReprocessSkipsUnreadableRecordsTheLiveJobHasDeadLetteredAlready() throws Exception {
    harness.close();
    harness = harness(BoundedRun.of(Period.parse("2019-H1"), Instant.now()));
    harness.processElement(record("{oops".getBytes(StandardCharsets.UTF_8)), 0);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(deadLetters()).isEmpty();
  }
}
