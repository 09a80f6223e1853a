package vn.presswatch.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceHealthTest {
  private static final SourceHealth.Thresholds T = new SourceHealth.Thresholds(3, Duration.ofDays(2));
  private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");

  @Test
  void newSourceIsNewAndDisabledOneDisabled() {
    assertThat(SourceHealth.fresh("vov", "https://vov.vn/rss.xml", null).flag()).isEqualTo(HealthFlag.NEW);
    assertThat(SourceHealth.fresh("qdnd", "https://www.qdnd.vn/rss", "302 loop").flag())
        .isEqualTo(HealthFlag.DISABLED);
  }

  @Test
  void consecutiveFailuresMakeItFailingAndASuccessResetsThem() {
    SourceHealth h = SourceHealth.fresh("vov", "f", null).success(T0, 5, T);
    h = h.failure(T0.plusSeconds(60), "http-5xx", T).failure(T0.plusSeconds(120), "http-5xx", T);
    assertThat(h.flag()).isEqualTo(HealthFlag.OK);
    h = h.failure(T0.plusSeconds(180), "timeout: no answer", T);
    assertThat(h.flag()).isEqualTo(HealthFlag.FAILING);
    assertThat(h.consecutiveFailures()).isEqualTo(3);
    assertThat(h.lastError()).isEqualTo("timeout: no answer");
    h = h.success(T0.plusSeconds(240), 1, T);
    assertThat(h.consecutiveFailures()).isZero();
    assertThat(h.flag()).isEqualTo(HealthFlag.OK);
  }

  @Test
  void noNewItemsForTooLongIsSilent() {
    SourceHealth h = SourceHealth.fresh("vov", "f", null).success(T0, 5, T);
    h = h.success(T0.plus(Duration.ofDays(3)), 0, T);
    assertThat(h.flag()).isEqualTo(HealthFlag.SILENT);
  }

  @Test
  void anEmptyFeedIsSilent() {
    assertThat(SourceHealth.fresh("baodautu", "f", null).success(T0, 0, T).flag()).isEqualTo(HealthFlag.SILENT);
  }

  @Test
  void itemsPerDayAveragesVietnamDays() {
    SourceHealth h = SourceHealth.fresh("vov", "f", null)
        .success(Instant.parse("2026-11-20T01:00:00Z"), 10, T)
        .success(Instant.parse("2026-11-20T16:30:00Z"), 4, T) // 23:30 in Hà Nội: still the 20th
        .success(Instant.parse("2026-11-20T17:30:00Z"), 6, T); // 00:30 on the 21st
    assertThat(h.newItemsByDay()).hasSize(2);
    assertThat(h.itemsPerDay()).isEqualTo(10.0);
  }
}
