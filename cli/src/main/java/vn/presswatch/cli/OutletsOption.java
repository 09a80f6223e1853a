package vn.presswatch.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletCatalog;

/** The {@code --outlets} option of the commands that crawl or report on outlets. */
public final class OutletsOption {
  @Option(names = "--outlets", paramLabel = "FILE",
      description = "Outlets file. Default: the monitor.outlets setting (config/outlets.yaml).")
  Path outlets;

  /** The outlets file: the option, else the {@code monitor.outlets} setting. */
  public Path file(Settings settings) {
    return outlets != null ? outlets : Path.of(settings.string("monitor.outlets"));
  }

  public List<Outlet> load(Settings settings) {
    return OutletCatalog.load(file(settings)).outlets();
  }
}
