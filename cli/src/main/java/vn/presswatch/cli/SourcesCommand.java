package vn.presswatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.time.VietnamTime;
import vn.presswatch.ingest.health.HealthFlag;
import vn.presswatch.ingest.health.SourceHealth;
import vn.presswatch.ingest.health.SourceHealthReport;
import vn.presswatch.ingest.state.CrawlState;

/**
 * {@code monitor sources [--json]}: the crawl health of every configured feed (last success, last error, items per
 * day, consecutive failures, flag) from the crawl state in the work directory. Exits 0, or 3 when a source is
 * FAILING or SILENT, so that scripts can alert on it.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Show per-source crawl health: last success, last error, items per day, failures, flag.")
public class SourcesCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(VietnamTime.ZONE);

  @Mixin HomeOptions home;
  @Mixin OutletsOption outletsOption;

  @Option(names = "--json", description = "One JSON object per source instead of a table.")
  boolean json;

  @Spec CommandSpec spec;

  public SourcesCommand() {}

  @Override
  public Integer call() throws JsonProcessingException {
    Settings settings = home.settings();
    CrawlState state = CrawlState.open(CrawlState.fileIn(home.home()), settings.integer("crawl.max-seen-urls"),
        settings.integer("crawl.max-fingerprints"));
    List<SourceHealth> rows = SourceHealthReport.of(outletsOption.load(settings), state, SourceHealth.Thresholds.from(settings),
        Instant.now());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      for (SourceHealth h : rows) {
        out.println(Json.mapper().writeValueAsString(h));
      }
    } else {
      printTable(out, rows);
    }
    out.flush();
    boolean alarming = rows.stream().anyMatch(h -> h.flag() == HealthFlag.FAILING || h.flag() == HealthFlag.SILENT);
    return alarming ? 3 : 0;
  }

  private static void printTable(PrintWriter out, List<SourceHealth> rows) {
    String format = "%-14s %-58s %-16s %-16s %9s %5s  %-8s %s%n";
    out.printf(format, "OUTLET", "FEED", "LAST SUCCESS", "LAST ERROR AT", "ITEMS/DAY", "FAILS", "FLAG", "LAST ERROR");
    for (SourceHealth h : rows) {
      String note = h.flag() == HealthFlag.DISABLED ? h.disabled() : h.lastError() == null ? "" : h.lastError();
      out.printf(format, h.outlet(), cut(h.feed(), 58), time(h.lastSuccess()), time(h.lastErrorAt()),
          String.format("%.1f", h.itemsPerDay()), h.consecutiveFailures(), h.flag(), cut(note, 80));
    }
    out.printf("%d sources; times in Vietnam time (UTC+7)%n", rows.size());
  }

  private static String time(Instant t) {
    return t == null ? "-" : TIME.format(t);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
