package vn.presswatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {
  @TempDir Path dir;

  @Test
  void deletesATreeAndLeavesItsSiblings() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("run/chk-1/sub"));
    Files.writeString(tree.resolve("file"), "x");
    Files.writeString(dir.resolve("run/_metadata"), "y");
    Path sibling = Files.writeString(dir.resolve("keep"), "z");
    Directories.deleteTree(dir.resolve("run"));
    assertThat(dir.resolve("run")).doesNotExist();
    assertThat(sibling).exists();
    Directories.deleteTree(dir.resolve("never-there"));
  }
}
