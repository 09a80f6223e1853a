package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor run} options that are refused before anything starts. */
class RunCommandTest {
  @Test
  void aRebuildCannotAlsoRestoreASavepoint(@TempDir Path home) {
    CommandResult run = CommandResult.monitor("run", "--home", home.toString(), "--rebuild", "--from-savepoint",
        "file:///savepoints/savepoint-1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--rebuild starts with empty state: it cannot also restore --from-savepoint");
    assertThat(home).isEmptyDirectory();
  }
}
