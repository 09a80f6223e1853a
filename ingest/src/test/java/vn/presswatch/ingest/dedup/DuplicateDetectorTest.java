package vn.presswatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.ingest.state.CrawlState;

class DuplicateDetectorTest {
  @TempDir Path dir;

  @Test
  void recognisesACopyWithinTheThresholdAndNamesTheOriginal() {
    DuplicateDetector detector = new DuplicateDetector(CrawlState.open(dir.resolve("s.json"), 10, 10), 3);
    assertThat(detector.originalOf("a", 0b1111L)).isEmpty();
    assertThat(detector.originalOf("b", 0b1110L)).contains("a");
  }

  @Test
  void farFingerprintsAreDistinctStories() {
    DuplicateDetector detector = new DuplicateDetector(CrawlState.open(dir.resolve("s.json"), 10, 10), 3);
    detector.originalOf("a", 0L ^ 0xffL);
    assertThat(detector.originalOf("b", 0xff00L)).isEmpty();
  }

  @Test
  void theSameArticleAgainIsNotItsOwnCopy() {
    DuplicateDetector detector = new DuplicateDetector(CrawlState.open(dir.resolve("s.json"), 10, 10), 3);
    detector.originalOf("a", 42L);
    assertThat(detector.originalOf("a", 42L)).isEmpty();
  }

  @Test
  void emptyTextsAreNeverDuplicates() {
    DuplicateDetector detector = new DuplicateDetector(CrawlState.open(dir.resolve("s.json"), 10, 10), 3);
    detector.originalOf("a", 0L);
    assertThat(detector.originalOf("b", 0L)).isEmpty();
  }
}
