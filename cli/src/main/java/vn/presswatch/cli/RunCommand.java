package vn.presswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.presswatch.cli.pipeline.JobStart;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.cli.reprocess.CoverageRewrite;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.ingest.replay.ReplayServer;
import vn.presswatch.processing.jobs.CoverageJobConfig;

/**
 * {@code monitor run}: the whole pipeline, crawl → Kafka → Flink → Elasticsearch, until Ctrl-C. With no cluster
 * options everything runs embedded in this process, with its data under the work directory.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline: crawl the outlets into Kafka, classify and count on Flink, index into Elasticsearch.",
      "With no --kafka/--elasticsearch/--flink, starts an embedded Kafka broker, Elasticsearch node and Flink "
          + "MiniCluster on loopback, with data under the work directory (kept across restarts)."
    })
public final class RunCommand implements Callable<Integer> {
  @Mixin HomeOptions home;
  @Mixin ClusterOptions clusters;
  @Spec CommandSpec spec;

  @Option(names = "--plan", paramLabel = "FILE", description = "Plan file(s) to classify against (repeatable). "
      + "Default: the monitor.plans setting.")
  List<Path> plans;

  @Mixin OutletsOption outlets;

  @Option(names = "--replay", paramLabel = "DIR", description = "Crawl a directory of captured feeds and pages "
      + "served on loopback instead of the live outlets (offline demo; see infra/samples/replay).")
  Path replay;

  @Option(names = "--once", description = "Crawl every source once, wait until everything is indexed, then stop.")
  boolean once;

  @Option(names = "--rebuild", description = "Start the coverage job with empty state and re-read every article "
      + "from Kafka with the current plans; once caught up, delete the coverage rows they no longer produce. After a "
      + "plan change, this keeps the live job's counts consistent with a reprocess (docs/reprocessing.md).")
  boolean rebuild;

  @Option(names = "--from-savepoint", paramLabel = "PATH", description = "On an external Flink cluster (--flink): "
      + "the savepoint or retained checkpoint of the previous coverage job to restore, as the cluster sees it "
      + "(file:///..., s3://...). The embedded MiniCluster resumes from its own newest checkpoint.")
  String fromSavepoint;

  @Option(names = "--job-jar", paramLabel = "FILE", description = "Job jar for an external Flink cluster. "
      + "Default: processing/target/processing-0.1.0-SNAPSHOT-job.jar.")
  Path jobJar = Path.of("processing/target/processing-0.1.0-SNAPSHOT-job.jar");

  @Override
  public Integer call() throws Exception {
    if (rebuild && fromSavepoint != null) {
      throw new ParameterException(spec.commandLine(), "--rebuild starts with empty state: it cannot also restore "
          + "--from-savepoint");
    }
    Map<String, String> overrides = new HashMap<>(clusters.overrides());
    Settings settings = home.settings(overrides);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Path.of(settings.string("monitor.home")).toAbsolutePath();
    List<Path> planFiles = plans != null ? plans : settings.list("monitor.plans").stream().map(Path::of).toList();
    Path outletsFile = replay != null ? replay.resolve("outlets.yaml")
        : outlets.file(settings);

    // Ctrl-C: stop crawling and let this thread flush and close everything (job cancelled with its checkpoint kept,
    // Elasticsearch and Kafka shut down) before the JVM exits.
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      interrupted.set(true);
      stop.set(true);
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "monitor-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (ReplayServer replayServer = replay == null ? null : ReplayServer.start(replay)) {
      List<Outlet> sources = replayServer != null ? replayServer.outlets() : outlets.load(settings);
      if (replayServer != null) {
        settings = settings.with(ReplayServer.settingsOverrides(), "--replay");
        out.printf("Replaying %s at %s (%d outlets)%n", replay, replayServer.baseUrl(), sources.size());
      }
      out.printf("Starting pipeline in %s ...%n", dir);
      long t0 = System.nanoTime();
      Instant rebuildStart = rebuild ? Instant.now() : null;
      JobStart start = rebuild ? JobStart.REBUILD
          : fromSavepoint != null ? JobStart.fromSavepoint(fromSavepoint) : JobStart.RESUME;
      try (Pipeline pipeline = Pipeline.start(settings, planFiles, outletsFile, jobJar, start)) {
        out.printf("Up in %.1f s%n  Kafka          %s%n  Elasticsearch  %s%n  Flink web UI   %s%n",
            (System.nanoTime() - t0) / 1e9, pipeline.stack().kafka(), pipeline.stack().elasticsearch(),
            pipeline.stack().flinkWeb());
        out.println(once ? "Crawling every source once." : "Crawling; press Ctrl-C to stop.");
        out.flush();
        if (rebuild) {
          out.println("Rebuilding: the coverage job re-reads every article with the current plans.");
          out.flush();
        }
        return crawlAndReport(settings, pipeline, sources, dir, err, stop, rebuildStart);
      }
    } finally {
      closed.countDown();
      if (!interrupted.get()) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    }
  }

  /**
   * @param rebuildStart when a rebuild started, or null: once the job has caught up, the rows written before it are
   *     swept
   */
  private int crawlAndReport(Settings settings, Pipeline pipeline, List<Outlet> sources, Path dir, PrintWriter err,
      AtomicBoolean stop, Instant rebuildStart) throws InterruptedException, java.io.IOException {
    String prefix = settings.string("kafka.topic-prefix");
    try (KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(), prefix, Map.of());
        CrawlService crawler = new CrawlService(settings, sources, dir, sink);
        PipelineStatus.Reader statusReader = new PipelineStatus.Reader(pipeline.stack().kafka(), prefix,
            CoverageJobConfig.LIVE_GROUP, pipeline.elasticsearch())) {
      AtomicReference<Throwable> crawlFailure = new AtomicReference<>();
      Thread crawl = new Thread(() -> {
        try {
          if (once) {
            crawler.crawlOnce();
          } else {
            crawler.runUntilStopped(stop::get);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          // For example Kafka refusing what was published: the run must not report success without it.
          crawlFailure.set(e);
        }
      }, "crawler");
      crawl.start();
      Progress progress = new Progress(err, System.console() != null);
      while (!stop.get()) {
        if (crawlFailure.get() != null) {
          throw new IllegalStateException("the crawler stopped: " + crawlFailure.get().getMessage(),
              crawlFailure.get());
        }
        pipeline.ensureJobAlive();
        PipelineStatus status = statusReader.read();
        progress.show(crawler.counters().summary(), status);
        boolean caughtUp = status.pipeline().get("processing_lag") == 0;
        if (rebuildStart != null && caughtUp) {
          long removed = new CoverageRewrite(pipeline.elasticsearch().client(), pipeline.elasticsearch().indexNames())
              .removeWrittenBefore(rebuildStart);
          progress.done();
          spec.commandLine().getOut().printf("Rebuild complete: %d articles re-read, %d coverage rows the current "
              + "plans no longer produce removed.%n", status.pipeline().get("articles_processed"), removed);
          spec.commandLine().getOut().flush();
          rebuildStart = null;
        }
        if (once && !crawl.isAlive() && caughtUp) {
          break;
        }
        Thread.sleep(Duration.ofSeconds(2).toMillis());
      }
      stop.set(true);
      crawler.stop();
      crawl.join();
      sink.flush();
      progress.done();
      return 0;
    }
  }
}
