package vn.presswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.ingest.health.SourceHealth;
import vn.presswatch.ingest.publish.ArticleSink;
import vn.presswatch.ingest.state.CrawlState;
import vn.presswatch.ingest.testsupport.FakeClock;

class StateCheckpointsTest {
  @TempDir Path dir;
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T01:00:00Z"));

  /** A sink that runs {@code onFlush} inside each flush, as if a worker or the broker acted meanwhile. */
  private static ArticleSink sink(Runnable onFlush) {
    return new ArticleSink() {
      @Override
      public void article(Article article) {}

      @Override
      public void deadLetter(DeadLetter deadLetter) {}

      @Override
      public void sourceHealth(SourceHealth health) {}

      @Override
      public void flush() {
        onFlush.run();
      }

      @Override
      public void close() {}
    };
  }

  private CrawlState state() {
    return CrawlState.open(dir.resolve("crawl/state.json"), 100, 100);
  }

  @Test
  void savesDuringACrawlAtMostOncePerInterval() {
    CrawlState state = state();
    StateCheckpoints checkpoints = new StateCheckpoints(state, sink(() -> {}), clock, Duration.ofSeconds(5));
    state.markSeen("https://x.vn/a.html", "a");
    checkpoints.maybeSave();
    assertThat(dir.resolve("crawl/state.json")).doesNotExist();
    clock.advance(Duration.ofSeconds(5));
    checkpoints.maybeSave();
    assertThat(state().seen("https://x.vn/a.html")).contains("a");
  }

  @Test
  void aPageMarkedCrawledWhileTheSinkFlushesIsNotInTheSavedFile() {
    CrawlState state = state();
    state.markSeen("https://x.vn/a.html", "a");
    // Another worker publishes b and marks it crawled while the flush runs: b's record may not be covered by it.
    StateCheckpoints checkpoints = new StateCheckpoints(state,
        sink(() -> state.markSeen("https://x.vn/b.html", "b")), clock, Duration.ZERO);
    checkpoints.save();
    CrawlState reopened = state();
    assertThat(reopened.seen("https://x.vn/a.html")).contains("a");
    assertThat(reopened.seen("https://x.vn/b.html")).isEmpty();
  }

  @Test
  void afterAFailedFlushTheStateIsNeverWrittenAndTheFailureSurfacesAtTheEndOfThePass() throws Exception {
    CrawlState state = state();
    boolean[] failing = {true};
    StateCheckpoints checkpoints = new StateCheckpoints(state, sink(() -> {
      if (failing[0]) {
        throw new IllegalStateException("publishing to Kafka failed: broker gone");
      }
    }), clock, Duration.ZERO);
    state.markSeen("https://x.vn/lost.html", "lost");
    checkpoints.maybeSave();
    assertThat(dir.resolve("crawl/state.json")).doesNotExist();

    failing[0] = false;
    assertThatThrownBy(checkpoints::save).hasMessageContaining("broker gone");
    checkpoints.maybeSave();
    assertThat(Files.exists(dir.resolve("crawl/state.json"))).isFalse();
  }
}
