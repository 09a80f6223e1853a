package vn.presswatch.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkLauncherTest {
  @TempDir Path dir;

  private Path checkpoint(String job, int n, Instant written) throws IOException {
    Path chk = Files.createDirectories(dir.resolve(job).resolve("chk-" + n));
    Path metadata = Files.writeString(chk.resolve("_metadata"), "x");
    Files.setLastModifiedTime(metadata, FileTime.from(written));
    return chk;
  }

  @Test
  void theNewestCompletedCheckpointIsFoundAcrossRuns() throws IOException {
    checkpoint("job-a", 7, Instant.parse("2026-01-01T00:00:00Z"));
    Path newest = checkpoint("job-b", 2, Instant.parse("2026-01-02T00:00:00Z"));
    // A checkpoint still being written has no _metadata yet.
    Files.createDirectories(dir.resolve("job-b").resolve("chk-3"));
    assertThat(FlinkLauncher.latestCheckpoint(dir)).contains(newest);
    assertThat(FlinkLauncher.latestCheckpoint(dir.resolve("none"))).isEmpty();
  }

  @Test
  void olderRunsAreDeletedButTheOneResumedFromIsKept() throws IOException {
    checkpoint("job-a", 7, Instant.parse("2026-01-01T00:00:00Z"));
    checkpoint("job-b", 1, Instant.parse("2026-01-02T00:00:00Z"));
    Path newest = checkpoint("job-c", 4, Instant.parse("2026-01-03T00:00:00Z"));
    FlinkLauncher.deleteOlderRuns(dir, FlinkLauncher.latestCheckpoint(dir).map(Path::getParent));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(dir.resolve("job-c"));
    }
    assertThat(newest.resolve("_metadata")).exists();
  }

  @Test
  void withNothingToResumeEveryOldRunGoes() throws IOException {
    Files.createDirectories(dir.resolve("job-a").resolve("shared"));
    FlinkLauncher.deleteOlderRuns(dir, Optional.empty());
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }
}
