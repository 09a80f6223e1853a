package vn.presswatch.infra.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneFlinkClusterTest {
  static List<Path> classpath() {
    return Arrays.stream(StandaloneFlinkCluster.readClasspath().split(File.pathSeparator)).map(Path::of).toList();
  }

  @Test
  void theClusterClasspathHoldsFlinkItsClientAndLog4jAsExistingJars() {
    assertThat(classpath()).allSatisfy(jar -> assertThat(jar).isRegularFile());
    assertThat(classpath()).extracting(p -> p.getFileName().toString())
        .anyMatch(n -> n.startsWith("flink-runtime-2"))
        .anyMatch(n -> n.startsWith("flink-clients-"))
        .anyMatch(n -> n.startsWith("log4j-slf4j-impl-"));
  }

  @Test
  void theClusterClasspathHoldsNothingAJobJarMustBringItself() {
    // Were any of these on it, a job jar missing them would still run here and fail on a real cluster.
    assertThat(classpath()).extracting(p -> p.getFileName().toString())
        .noneMatch(n -> n.startsWith("kafka-clients-"))
        .noneMatch(n -> n.startsWith("flink-connector-kafka-"))
        .noneMatch(n -> n.startsWith("flink-connector-base-"))
        .noneMatch(n -> n.startsWith("elasticsearch"))
        .noneMatch(n -> n.startsWith("jackson-"))
        .noneMatch(n -> n.startsWith("core-0") || n.startsWith("processing-") || n.startsWith("elastic-0"));
  }

  @Test
  void aClusterNeedsATaskManager(@TempDir Path dir) {
    assertThatThrownBy(() -> StandaloneFlinkCluster.start(dir, 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one TaskManager");
  }
}
