package vn.presswatch.processing.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.time.Period;

class BoundedRunTest {
  @Test
  void aPeriodBecomesTheInstantsOfItsVietnameseDays() {
    BoundedRun run = BoundedRun.of(Period.parse("2019-H1"), Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(run.from()).isEqualTo(Instant.parse("2018-12-31T17:00:00Z"));
    assertThat(run.toExclusive()).isEqualTo(Instant.parse("2019-06-30T17:00:00Z"));
    assertThat(run.contains(Instant.parse("2018-12-31T17:00:00Z"))).isTrue();
    assertThat(run.contains(Instant.parse("2018-12-31T16:59:59Z"))).isFalse();
    assertThat(run.contains(Instant.parse("2019-06-30T16:59:59Z"))).isTrue();
    assertThat(run.contains(Instant.parse("2019-06-30T17:00:00Z"))).isFalse();
  }

  @Test
  void theStartIsKeptToTheMillisecondAsElasticsearchStoresDates() {
    BoundedRun run = BoundedRun.of(Period.parse("2019-05"), Instant.parse("2026-01-01T00:00:00.123456789Z"));
    assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
  }

  @Test
  void anEmptyRangeIsRefused() {
    Instant t = Instant.parse("2019-01-01T00:00:00Z");
    assertThatThrownBy(() -> new BoundedRun(t, t, t)).hasMessageContaining("empty range");
  }

  @Test
  void aBoundedRunHasItsOwnConsumerGroupAndJobName() {
    BoundedRun run = BoundedRun.of(Period.parse("2019-05"), Instant.ofEpochMilli(1234));
    CoverageJobConfig live = new CoverageJobConfig("k:9092", "", CoverageJobConfig.LIVE_GROUP, null, null,
        Duration.ofSeconds(1), 1, null);
    CoverageJobConfig bounded = live.boundedTo(run);
    assertThat(bounded.consumerGroup()).isEqualTo("presswatch-coverage-reprocess-1234");
    assertThat(bounded.jobName()).isEqualTo("presswatch-coverage-reprocess");
    assertThat(live.jobName()).isEqualTo(CoverageJob.NAME);
    assertThat(bounded.bounded()).isEqualTo(run);
  }
}
