package vn.presswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.cli.pipeline.StackFile;
import vn.presswatch.cli.reprocess.HomeStack;
import vn.presswatch.cli.reprocess.Reprocessor;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.time.Period;
import vn.presswatch.core.time.VietnamTime;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.processing.jobs.JobInputs;

/**
 * {@code monitor reprocess}: runs the coverage job again over the articles of a past period, with the current plan
 * files, and rewrites that period's counts and article themes (for example after a plan's keyword list changed).
 * See docs/reprocessing.md for what it changes and the order of steps with a running pipeline.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
    description = {
      "Re-classify and re-count the articles of a past period with the current plan files, rewriting that period's "
          + "coverage counts and article themes in Elasticsearch. Nothing outside the period changes.",
      "Uses the Kafka and Elasticsearch of the pipeline running on the work directory, or starts the embedded ones "
          + "from its data when it is stopped (or --kafka/--elasticsearch), and runs the job on an in-process Flink "
          + "MiniCluster (or --flink with --job-jar)."
    })
public final class ReprocessCommand implements Callable<Integer> {
  @Mixin HomeOptions home;
  @Mixin ClusterOptions clusters;
  @Mixin PeriodOptions periodOptions;
  @Spec CommandSpec spec;

  @Option(names = "--plan", paramLabel = "FILE", description = "Plan file(s) to classify against (repeatable). "
      + "Default: the monitor.plans setting. Give every plan the live pipeline runs: article documents are rewritten "
      + "with the themes of these plans only.")
  List<Path> plans;

  @Mixin OutletsOption outlets;

  @Option(names = "--job-jar", paramLabel = "FILE", description = "Job jar for an external Flink cluster. "
      + "Default: processing/target/processing-0.1.0-SNAPSHOT-job.jar.")
  Path jobJar = Path.of("processing/target/processing-0.1.0-SNAPSHOT-job.jar");

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    Period period = periodOptions.period(cli);
    if (period.first().isAfter(VietnamTime.day(Instant.now()))) {
      throw new CommandLine.ParameterException(cli, "The period " + period.label() + " starts after today in "
          + "Vietnam: nothing has been published in it yet.");
    }
    Settings settings = home.settings(clusters.overrides());
    Path dir = Path.of(settings.string("monitor.home")).toAbsolutePath();
    Optional<StackFile> running = StackFile.read(dir).filter(StackFile::running);
    String kafka = clusters.kafkaOr(settings, running.map(StackFile::kafka).orElse(null));
    String es = clusters.elasticsearchOr(settings, running.map(StackFile::elasticsearch).orElse(null));
    List<Path> planFiles = plans != null ? plans : settings.list("monitor.plans").stream().map(Path::of).toList();
    JobInputs inputs;
    try {
      inputs = JobInputs.load(planFiles, outlets.file(settings),
          new IndexNames(settings.string("elasticsearch.index-prefix")));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    HomeStack embedded = null;
    if (kafka == null || es == null) {
      if (!HomeStack.hasData(dir)) {
        err.println("No pipeline data in " + dir + ": run `./monitor run` there first (same --home / MONITOR_HOME), "
            + "or pass --kafka and --elasticsearch.");
        return 2;
      }
      out.printf("The pipeline of %s is stopped: starting its embedded Kafka and Elasticsearch ...%n", dir);
      out.flush();
      embedded = HomeStack.start(dir, settings);
      kafka = kafka == null ? embedded.kafka() : kafka;
      es = es == null ? embedded.elasticsearch() : es;
    } else if (running.isPresent()) {
      out.printf("The pipeline of %s is running: restart it with the same plan files first, so that new articles are "
          + "classified like the reprocessed ones (see docs/reprocessing.md).%n", dir);
    }
    out.printf("Reprocessing %s (%s to %s, Vietnamese days) for plan(s) %s%n  Kafka          %s%n"
        + "  Elasticsearch  %s%n", period.label(), period.first(), period.last(),
        String.join(", ", inputs.plans().stream().map(Plan::id).toList()), kafka, es);
    out.flush();
    Progress progress = new Progress(err, System.console() != null);
    Reprocessor.Summary summary;
    try (HomeStack stack = embedded;
        ElasticsearchConnection connection = ElasticsearchConnection.open(ElasticsearchOptions.from(settings, es))) {
      summary = Reprocessor.run(settings, kafka, connection, inputs, period, jobJar, (read, total) ->
          progress.show(String.format("read %d of %d records (%d%%)", read, total,
              total == 0 ? 100 : read * 100 / total)));
    }
    progress.done();
    out.printf("Reprocessed %s in %.1f s: %d records read, %d articles re-classified, %d coverage rows rewritten, "
        + "%d removed%n", period.label(), summary.took().toMillis() / 1000.0, summary.records(), summary.articles(),
        summary.bucketsRewritten(), summary.bucketsRemoved());
    return 0;
  }
}
