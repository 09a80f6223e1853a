package vn.presswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.presswatch.cli.pipeline.StackFile;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.CrawlReport;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.metrics.CrawlMetrics;
import vn.presswatch.ingest.metrics.MetricsServer;
import vn.presswatch.ingest.publish.ArticleSink;
import vn.presswatch.ingest.publish.InMemoryArticleSink;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.ingest.replay.ReplayServer;

/**
 * {@code monitor crawl [--once] [--backfill --from DATE --to DATE] [--replay DIR] [--kafka SERVERS] [--dry-run]
 * [--metrics-port PORT]}:
 * runs the crawler, publishing to Kafka, with a progress line on stderr. Without {@code --once} or {@code --backfill}
 * it polls until interrupted (Ctrl-C stops it after the page in hand, saving the state).
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawl the outlets' feeds (or backfill a period from sitemaps) and publish articles to Kafka.")
public class CrawlCommand implements Callable<Integer> {
  @Mixin HomeOptions home;
  @Mixin OutletsOption outletsOption;

  @Option(names = "--once", description = "Poll every due feed once, then exit.")
  boolean once;

  @Option(names = "--backfill", description = "Crawl the articles of a past period listed in the outlets' sitemaps.")
  boolean backfill;

  @Option(names = "--from", paramLabel = "DATE", description = "First day of the backfill (yyyy-MM-dd, Vietnam time).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day of the backfill, included.")
  LocalDate to;

  @Option(names = "--kafka", paramLabel = "SERVERS", description = "Kafka bootstrap servers. Default: "
      + "kafka.bootstrap-servers ($MONITOR_KAFKA_BOOTSTRAP_SERVERS), else the Kafka of the running `monitor run`.")
  String kafka;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Crawl captured feeds and pages served from DIR on loopback (see docs/crawling.md).")
  Path replay;

  @Option(names = "--dry-run", description = "Crawl but publish nothing (no Kafka needed); print the counts.")
  boolean dryRun;

  @Option(names = "--metrics-port", paramLabel = "PORT", description = "Serve the crawler's counters and source "
      + "health for Prometheus at http://0.0.0.0:PORT/metrics (see docs/operations.md).")
  Integer metricsPort;

  @Spec CommandSpec spec;

  public CrawlCommand() {}

  @Override
  public Integer call() throws Exception {
    if (backfill && (from == null || to == null)) {
      throw new ParameterException(spec.commandLine(), "--backfill needs --from and --to");
    }
    Map<String, String> overrides = new HashMap<>();
    if (kafka != null) {
      overrides.put("kafka.bootstrap-servers", kafka);
    }
    if (replay != null) {
      overrides.putAll(ReplayServer.settingsOverrides());
    }
    Settings settings = home.settings(overrides);
    String servers = settings.string("kafka.bootstrap-servers");
    if (servers.isBlank()) {
      // A stack file left behind by a killed `monitor run` names a broker that is gone.
      servers = StackFile.read(home.home()).filter(StackFile::running).map(StackFile::kafka).orElse("");
    }
    if (!dryRun && servers.isBlank()) {
      throw new ParameterException(spec.commandLine(), "no Kafka to publish to: start `./monitor run`, give --kafka "
          + "HOST:PORT, set MONITOR_KAFKA_BOOTSTRAP_SERVERS, or use --dry-run");
    }
    try (ReplayServer server = replay == null ? null : ReplayServer.start(replay);
        ArticleSink sink = dryRun ? new InMemoryArticleSink()
            : new KafkaArticleSink(servers, settings.string("kafka.topic-prefix"), Map.of())) {
      List<Outlet> outlets = server == null ? outletsOption.load(settings) : server.outlets();
      CountDownLatch closed = new CountDownLatch(1);
      try (CrawlService crawler = new CrawlService(settings, outlets, home.home(), sink);
          MetricsServer metrics = metricsPort == null ? null
              : MetricsServer.start(metricsPort, CrawlMetrics.of(crawler, outlets, settings, Clock.systemUTC()))) {
        if (!once && !backfill) {
          // Ctrl-C: let the page in hand finish, then wait until the state is saved and the sink flushed.
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            crawler.stop();
            awaitQuietly(closed);
          }, "crawl-stop"));
        }
        CrawlReport report = run(crawler);
        print(report);
        return 0;
      } finally {
        closed.countDown();
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CrawlReport run(CrawlService crawler) throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    try (CrawlProgress progress = new CrawlProgress(err, crawler.counters())) {
      if (backfill) {
        return crawler.backfill(from, to);
      }
      if (once) {
        return crawler.crawlOnce();
      }
      crawler.runUntilStopped(() -> false);
      return null;
    }
  }

  private void print(CrawlReport report) {
    if (report == null) {
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("sources %d, feeds fetched %d, items %d, pages %d, published %d (duplicates %d), dead letters %d%n",
        report.feedsPolled(), report.feedsFetched(), report.itemsSeen(), report.articlesFetched(),
        report.published(), report.duplicates(), report.deadLettered());
    report.byReason().forEach((reason, n) -> out.printf("  %-20s %d%n", reason, n));
    out.printf("elapsed %s, of which waiting for hosts %s%n", report.elapsed(), report.politenessWait());
    out.flush();
  }
}
