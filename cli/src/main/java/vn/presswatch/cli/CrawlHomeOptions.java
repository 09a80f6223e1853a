package vn.presswatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletCatalog;

/**
 * Options shared by the crawler's commands: the work directory (settings file, crawl state, WARC archives) and the
 * outlets file.
 */
public class CrawlHomeOptions {
  @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:MONITOR_HOME:-./var}",
      description = "Work directory: settings (presswatch.yaml), crawl state, WARC files. Default: $MONITOR_HOME or ./var.")
  Path home;

  @Option(names = "--outlets", paramLabel = "FILE", defaultValue = "config/outlets.yaml",
      description = "Outlets file. Default: ${DEFAULT-VALUE}.")
  Path outlets;

  public Path home() {
    return home;
  }

  /** The settings: defaults, then {@code home/presswatch.yaml}, the environment and {@code overrides}. */
  public Settings settings(Map<String, String> overrides) {
    return Settings.load(home.resolve("presswatch.yaml"), System.getenv(), overrides);
  }

  public List<Outlet> outlets() {
    return OutletCatalog.load(outlets).outlets();
  }
}
