package vn.presswatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.presswatch.cli.pipeline.FlinkRest;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.cli.pipeline.StackFile;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.json.Json;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.processing.jobs.CoverageJob;
import vn.presswatch.processing.jobs.CoverageJobConfig;

/**
 * {@code monitor status}: documents per index, records per topic and pipeline counters of a running pipeline, and the
 * coverage job's state and metrics from Flink's REST API.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show documents per index, records per topic, pipeline counters, and the coverage job's state and "
        + "metrics (end-to-end lag included).")
public final class StatusCommand implements Callable<Integer> {
  @Mixin HomeOptions home;
  @Mixin ClusterOptions clusters;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Settings settings = home.settings(clusters.overrides());
    Path dir = Path.of(settings.string("monitor.home"));
    StackFile stack = StackFile.read(dir).orElse(null);
    String kafka = clusters.kafkaOr(settings, stack == null ? null : stack.kafka());
    String es = clusters.elasticsearchOr(settings, stack == null ? null : stack.elasticsearch());
    if (kafka == null || es == null) {
      spec.commandLine().getErr().println("No pipeline found in " + dir.toAbsolutePath()
          + ": start one with `./monitor run` (same --home / MONITOR_HOME), or pass --kafka and --elasticsearch.");
      return 2;
    }
    PipelineStatus status;
    try (ElasticsearchConnection connection = ElasticsearchConnection.open(ElasticsearchOptions.from(settings, es))) {
      status = PipelineStatus.collect(kafka, settings.string("kafka.topic-prefix"), CoverageJobConfig.LIVE_GROUP,
          connection);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("Pipeline in " + dir.toAbsolutePath() + " is not reachable ("
          + (stack != null && !stack.running() ? "its `monitor run` process has stopped" : e.getMessage()) + ").");
      return 3;
    }
    String flinkRest = settings.string("flink.jobmanager").isBlank()
        ? stack == null ? null : stack.flinkWeb()
        : "http://" + settings.string("flink.jobmanager");
    JobReport job = jobReport(flinkRest);
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("home", dir.toAbsolutePath().toString());
      out.put("kafka", kafka);
      out.put("elasticsearch_url", es);
      out.put("flink_web", stack == null ? null : stack.flinkWeb());
      out.put("documents", status.elasticsearch());
      out.put("topics", status.kafka());
      out.put("pipeline", status.pipeline());
      out.put("job", job);
      spec.commandLine().getOut().println(Json.mapper().writeValueAsString(out));
    } else {
      spec.commandLine().getOut().printf("Pipeline in %s (Kafka %s, Elasticsearch %s%s)%n%n", dir.toAbsolutePath(),
          kafka, es, stack != null && stack.flinkWeb() != null ? ", Flink " + stack.flinkWeb() : "");
      StringBuilder table = new StringBuilder(status.toTable());
      if (job.metrics() != null) {
        PipelineStatus.section(table, "Coverage job (Flink, " + job.state() + ")", "metric", "value", job.metrics());
      } else {
        table.append("Coverage job (Flink): ").append(job.state()).append('\n');
      }
      spec.commandLine().getOut().print(table);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  /**
   * The coverage job as Flink reports it: its state and, while it runs, its metrics (docs/operations.md, "Monitoring").
   *
   * @param state {@code RUNNING}, another Flink job state, or why it could not be read
   * @param metrics null unless the job runs
   */
  record JobReport(String state, String id, Map<String, Long> metrics) {}

  private static JobReport jobReport(String flinkRest) {
    if (flinkRest == null) {
      return new JobReport("unknown: no Flink REST endpoint (pass --flink HOST:PORT)", null, null);
    }
    try {
      FlinkRest rest = new FlinkRest(flinkRest);
      Optional<FlinkRest.Job> job = rest.latestJob(CoverageJob.NAME);
      if (job.isEmpty()) {
        return new JobReport("not submitted to " + flinkRest, null, null);
      }
      FlinkRest.Job j = job.get();
      return new JobReport(j.state(), j.id(), "RUNNING".equals(j.state()) ? rest.jobMetrics(j.id()) : null);
    } catch (IOException e) {
      return new JobReport("unreachable at " + flinkRest + ": " + e.getMessage(), null, null);
    }
  }
}
