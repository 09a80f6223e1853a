package vn.presswatch.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.ingest.health.SourceHealth;

class CrawlStateTest {
  @TempDir Path dir;

  @Test
  void survivesARestart() {
    Path file = dir.resolve("crawl/state.json");
    Instant t = Instant.parse("2026-11-25T01:00:00Z");
    CrawlState state = CrawlState.open(file, 100, 100);
    state.feed("https://nhandan.vn/rss/home.rss", new FeedValidators("\"e1\"", "Wed, 25 Nov 2026 00:00:00 GMT", t));
    state.markSeen("https://nhandan.vn/a.html", "abc");
    state.addFingerprint(new SeenFingerprint("abc", -5L));
    state.health(SourceHealth.fresh("nhandan", "https://nhandan.vn/rss/home.rss", null)
        .success(t, 4, new SourceHealth.Thresholds(3, Duration.ofDays(2))));
    state.save();

    CrawlState reopened = CrawlState.open(file, 100, 100);
    assertThat(reopened.feed("https://nhandan.vn/rss/home.rss")).contains(
        new FeedValidators("\"e1\"", "Wed, 25 Nov 2026 00:00:00 GMT", t));
    assertThat(reopened.seen("https://nhandan.vn/a.html")).contains("abc");
    assertThat(reopened.fingerprints()).containsExactly(new SeenFingerprint("abc", -5L));
    assertThat(reopened.health("nhandan", "https://nhandan.vn/rss/home.rss").orElseThrow().itemsPerDay())
        .isEqualTo(4.0);
  }

  @Test
  void forgetsTheOldestSeenUrlsBeyondTheBound() {
    CrawlState state = CrawlState.open(dir.resolve("s.json"), 2, 2);
    state.markSeen("a", "1");
    state.markSeen("b", "2");
    state.markSeen("c", "3");
    assertThat(state.seen("a")).isEmpty();
    assertThat(state.seen("c")).contains("3");
  }

  @Test
  void aCorruptFileIsReportedWithItsName() throws Exception {
    Path file = dir.resolve("state.json");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> CrawlState.open(file, 10, 10)).hasMessageContaining(file.toString());
  }
}
