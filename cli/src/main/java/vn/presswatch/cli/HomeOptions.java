package vn.presswatch.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.presswatch.core.config.Settings;

/**
 * Options every subcommand shares: the work directory and the settings file. The work directory comes from {@code
 * --home}, else {@code MONITOR_HOME}, else the {@code monitor.home} setting ({@code ./var}).
 */
public final class HomeOptions {
  /** The environment variable naming the work directory. */
  public static final String MONITOR_HOME = "MONITOR_HOME";

  @Option(names = "--home", paramLabel = "DIR",
      description = "Work directory (Kafka, Elasticsearch and Flink data, crawl state). Default: $MONITOR_HOME or ./var.")
  Path home;

  @Option(names = "--settings", paramLabel = "FILE",
      description = "Settings file overriding the defaults. Default: <home>/presswatch.yaml when it exists.")
  Path settingsFile;

  /** The effective settings, with {@code overrides} (from this command's options) applied last. */
  public Settings settings(Map<String, String> overrides) {
    Map<String, String> env = System.getenv();
    Path dir = home != null ? home
        : env.containsKey(MONITOR_HOME) ? Path.of(env.get(MONITOR_HOME))
        : Path.of(Settings.load(null, env, Map.of()).string("monitor.home"));
    Map<String, String> all = new HashMap<>(overrides);
    all.put("monitor.home", dir.toString());
    return Settings.load(settingsFile != null ? settingsFile : dir.resolve("presswatch.yaml"), env, all);
  }

  public Settings settings() {
    return settings(Map.of());
  }

  /** The work directory. */
  public Path home() {
    return Path.of(settings().string("monitor.home"));
  }
}
