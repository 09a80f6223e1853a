package vn.presswatch.processing.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.api.common.typeinfo.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    return new ArticleVersion(id, "nhandan", day, false, new String[] {"p"}, hits);
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
  void deltasCarryOnlyTheirOwnPlansHits() {
    ArticleVersion v = new ArticleVersion("a", "vov", 5, true, new String[] {"p", "q"},
        new String[] {new ThemeHit("p", "1.1", false).encode(), new ThemeHit("q", "3", true).encode()});
    List<CoverageDelta> deltas = TrackArticleVersions.deltas(v, 1);
    assertThat(deltas).extracting(CoverageDelta::plan).containsExactly("p", "q");
    assertThat(deltas.get(0).hits()).containsExactly(new ThemeHit("p", "1.1", false).encode());
    assertThat(deltas.get(1).syndicated()).isTrue();
  }
}
