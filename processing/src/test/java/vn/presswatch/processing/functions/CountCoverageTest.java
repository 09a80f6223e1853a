package vn.presswatch.processing.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.processing.model.CoverageDelta;
import vn.presswatch.processing.model.CoverageRow;
import vn.presswatch.processing.model.ThemeHit;

class CountCoverageTest {
  private KeyedOneInputStreamOperatorTestHarness<String, CoverageDelta, CoverageRow> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new CountCoverage()),
        CoverageDelta::countKey, Types.STRING);
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static CoverageDelta delta(int sign, boolean syndicated, String... hits) {
    return new CoverageDelta("p", "nhandan", 18000, sign, syndicated, hits);
  }

  private static String hit(String theme, boolean title) {
    return new ThemeHit("p", theme, title).encode();
  }

  private CoverageRow lastRowFor(String theme) {
    List<CoverageRow> rows = harness.extractOutputValues();
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).theme().equals(theme)) {
        return rows.get(i);
      }
    }
    throw new AssertionError("no row for " + theme);
  }

  @Test
  void countsArticlesTitleAndBodyHitsAndTheOutletTotal() throws Exception {
    harness.processElement(delta(1, false, hit("1.1", true)), 0);
    harness.processElement(delta(1, false, hit("1.1", false), hit("2.4", true)), 0);
    harness.processElement(delta(1, true), 0);
    harness.processElement(delta(1, true, hit("1.1", false)), 0);
    CoverageRow row = lastRowFor("1.1");
    assertThat(row.articles()).isEqualTo(3);
    assertThat(row.titleHits()).isEqualTo(1);
    assertThat(row.bodyOnlyHits()).isEqualTo(2);
    assertThat(row.syndicated()).isEqualTo(1);
    assertThat(row.outletArticles()).isEqualTo(4);
    assertThat(row.share()).isEqualTo(0.75);
    assertThat(lastRowFor("2.4").outletArticles()).isEqualTo(4);
  }

  @Test
  void aRetractionBringsAThemeBackToZeroOnceThenForgetsIt() throws Exception {
    harness.processElement(delta(1, false, hit("1.1", true)), 0);
    harness.processElement(delta(-1, false, hit("1.1", true)), 0);
    assertThat(lastRowFor("1.1").articles()).isZero();
    int before = harness.extractOutputValues().size();
    harness.processElement(delta(1, false), 0);
    assertThat(harness.extractOutputValues()).hasSize(before);
  }

  @Test
  void stateIsClearedWhenAnOutletDayFallsBackToNothing() throws Exception {
    harness.processElement(delta(1, false, hit("1.1", true)), 0);
    harness.processElement(delta(-1, false, hit("1.1", true)), 0);
    assertThat(harness.numKeyedStateEntries()).isZero();
  }
}
