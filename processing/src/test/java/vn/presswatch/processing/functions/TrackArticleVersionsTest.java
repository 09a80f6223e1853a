package vn.presswatch.processing.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.api.common.typeinfo.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.model.ArticleVersion;
import vn.presswatch.processing.model.CoverageDelta;
import vn.presswatch.processing.model.ThemeHit;

class TrackArticleVersionsTest {
  private KeyedOneInputStreamOperatorTestHarness<String, ArticleVersion, CoverageDelta> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new TrackArticleVersions()),
        ArticleVersion::articleId, Types.STRING);
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static ArticleVersion version(String id, long day, String... themes) {
    String[] hits = java.util.Arrays.stream(themes).map(t -> new ThemeHit("p", t, true).encode())
        .toArray(String[]::new);
    String index = "presswatch-articles-" + java.time.YearMonth.from(java.time.LocalDate.ofEpochDay(day));
    return new ArticleVersion(id, "nhandan", day, false, new String[] {"p"}, hits,
        new IndexOp(index, id, ("{\"day\":" + day + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private List<IndexOp> documents() {
    return harness.getSideOutput(TrackArticleVersions.ARTICLE_DOCUMENTS).stream()
        .map(r -> ((StreamRecord<IndexOp>) r).getValue()).toList();
  }

  private List<CoverageDelta> output() {
    return harness.extractOutputValues();
  }

  @Test
  void aNewArticleAddsItsContribution() throws Exception {
    harness.processElement(version("a", 100, "1.1"), 0);
    assertThat(output()).singleElement().satisfies(d -> {
      assertThat(d.sign()).isEqualTo(1);
      assertThat(d.countKey()).isEqualTo("p|nhandan|100");
      assertThat(d.hits()).containsExactly(new ThemeHit("p", "1.1", true).encode());
    });
  }

  @Test
  void anUnchangedRecrawlEmitsNothing() throws Exception {
    harness.processElement(version("a", 100, "1.1"), 0);
    harness.processElement(version("a", 100, "1.1"), 0);
    assertThat(output()).hasSize(1);
  }

  @Test
  void anUpdatedArticleRetractsItsEarlierVersionBeforeAddingTheNewOne() throws Exception {
    harness.processElement(version("a", 100, "1.1"), 0);
    harness.processElement(version("a", 101, "2.3"), 0);
    List<CoverageDelta> out = output();
    assertThat(out).hasSize(3);
    assertThat(out.get(1).sign()).isEqualTo(-1);
    assertThat(out.get(1).countKey()).isEqualTo("p|nhandan|100");
    assertThat(out.get(2).sign()).isEqualTo(1);
    assertThat(out.get(2).countKey()).isEqualTo("p|nhandan|101");
  }

  @Test
  void everyVersionsDocumentIsWrittenAndAMoveToAnotherMonthDeletesTheEarlierOne() throws Exception {
    long may31 = java.time.LocalDate.of(2019, 5, 31).toEpochDay();
    harness.processElement(version("a", may31, "1.1"), 0);
    harness.processElement(version("a", may31, "1.1"), 0); // unchanged re-crawl: the document is still refreshed
    harness.processElement(version("a", may31 + 1, "1.1"), 0); // the date corrected into June
    List<IndexOp> docs = documents();
    assertThat(docs).extracting(IndexOp::index).containsExactly("presswatch-articles-2019-05",
        "presswatch-articles-2019-05", "presswatch-articles-2019-05", "presswatch-articles-2019-06");
    assertThat(docs).extracting(IndexOp::isDelete).containsExactly(false, false, true, false);
    assertThat(docs.get(2).id()).isEqualTo("a");
  }

  @Test
  void deltasCarryOnlyTheirOwnPlansHits() {
    ArticleVersion v = new ArticleVersion("a", "vov", 5, true, new String[] {"p", "q"},
        new String[] {new ThemeHit("p", "1.1", false).encode(), new ThemeHit("q", "3", true).encode()}, null);
    List<CoverageDelta> deltas = TrackArticleVersions.deltas(v, 1);
    assertThat(deltas).extracting(CoverageDelta::plan).containsExactly("p", "q");
    assertThat(deltas.get(0).hits()).containsExactly(new ThemeHit("p", "1.1", false).encode());
    assertThat(deltas.get(1).syndicated()).isTrue();
  }
}
