package vn.presswatch.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @Test
  void defaultsAreTypedAndFlattened() {
    Settings s = Settings.defaults();
    assertThat(s.integer("kafka.partitions")).isPositive();
    assertThat(s.duration("flink.checkpoint-interval")).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.string("kafka.bootstrap-servers")).isEmpty();
  }

  @Test
  void userFileThenEnvironmentThenOptionsOverride(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("presswatch.yaml");
    Files.writeString(file, "kafka:\n  partitions: 6\n  topic-prefix: test.\n");
    Settings s = Settings.load(file, Map.of("MONITOR_KAFKA_PARTITIONS", "8"), Map.of("kafka.topic-prefix", "cli."));
    assertThat(s.integer("kafka.partitions")).isEqualTo(8);
    assertThat(s.string("kafka.topic-prefix")).isEqualTo("cli.");
  }

  @Test
  void unknownKeysAndBadValuesFailWithTheKeyName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("presswatch.yaml");
    Files.writeString(file, "kafka:\n  partitons: 6\n");
    assertThatThrownBy(() -> Settings.load(file, Map.of(), Map.of())).hasMessageContaining("kafka.partitons");
    Settings bad = Settings.defaults().with(Map.of("kafka.partitions", "many"), "test");
    assertThatThrownBy(() -> bad.integer("kafka.partitions")).hasMessageContaining("kafka.partitions");
  }

  @Test
  void environmentVariableNamesFollowTheKey() {
    assertThat(Settings.envName("kafka.bootstrap-servers")).isEqualTo("MONITOR_KAFKA_BOOTSTRAP_SERVERS");
  }
}
