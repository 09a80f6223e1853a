package vn.presswatch.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.state.CrawlState;

class SourceHealthReportTest {
  private static final SourceHealth.Thresholds T = new SourceHealth.Thresholds(3, Duration.ofDays(2));
  @TempDir Path dir;

  @Test
  void oneRowPerConfiguredFeedWithTheFlagForNow() {
    Instant t0 = Instant.parse("2026-11-20T00:00:00Z");
    CrawlState state = CrawlState.open(dir.resolve("s.json"), 10, 10);
    state.health(SourceHealth.fresh("vov", "https://vov.vn/rss.xml", null).success(t0, 10, T));
    Outlet vov = new Outlet("vov", "VOV", null, "vi", null, List.of(new Feed("https://vov.vn/rss.xml", null, null),
        new Feed("https://vov.vn/rss/kinh-te.rss", null, null), new Feed("https://vov.vn/old.rss", null, "gone")),
        List.of(), null, null);

    List<SourceHealth> rows = SourceHealthReport.of(List.of(vov), state, T, t0.plus(Duration.ofDays(3)));

    assertThat(rows).extracting(SourceHealth::feed, SourceHealth::flag).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://vov.vn/rss.xml", HealthFlag.SILENT),
        org.assertj.core.groups.Tuple.tuple("https://vov.vn/rss/kinh-te.rss", HealthFlag.NEW),
        org.assertj.core.groups.Tuple.tuple("https://vov.vn/old.rss", HealthFlag.DISABLED));
    assertThat(rows.get(2).disabled()).isEqualTo("gone");
  }
}
