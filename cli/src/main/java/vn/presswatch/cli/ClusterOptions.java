package vn.presswatch.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import java.nio.file.Path;
import picocli.CommandLine;
import vn.presswatch.cli.pipeline.StackFile;
import vn.presswatch.core.config.Settings;
import vn.presswatch.elastic.ElasticsearchOptions;

/**
 * Where the external clusters are. Each option overrides its setting (and environment variable); when none is given,
 * {@code run} starts the embedded stack and other commands use the one recorded in the work directory.
 */
public final class ClusterOptions {
  @Option(names = "--kafka", paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers of an external cluster (env MONITOR_KAFKA_BOOTSTRAP_SERVERS).")
  String kafka;

  @Option(names = "--elasticsearch", paramLabel = "URL",
      description = "Elasticsearch URL(s) of an external cluster, comma-separated (env MONITOR_ELASTICSEARCH_URL).")
  String elasticsearch;

  @Option(names = "--flink", paramLabel = "HOST:PORT",
      description = "REST endpoint of an external Flink JobManager (env MONITOR_FLINK_JOBMANAGER).")
  String flink;

  /** The options given, as settings overrides. */
  public Map<String, String> overrides() {
    Map<String, String> o = new HashMap<>();
    if (kafka != null) {
      o.put("kafka.bootstrap-servers", kafka);
    }
    if (elasticsearch != null) {
      o.put("elasticsearch.url", elasticsearch);
    }
    if (flink != null) {
      o.put("flink.jobmanager", flink);
    }
    return o;
  }

  /**
   * The Elasticsearch cluster to talk to: {@code --elasticsearch} or its setting, else the one recorded by the
   * {@code monitor run} of the work directory.
   *
   * @throws CommandLine.ParameterException when neither names a cluster, saying how to start one
   */
  public ElasticsearchOptions elasticsearch(Settings settings, CommandLine commandLine) {
    Path home = Path.of(settings.string("monitor.home"));
    String url = elasticsearchOr(settings, StackFile.read(home).map(StackFile::elasticsearch).orElse(null));
    if (url == null) {
      throw new CommandLine.ParameterException(commandLine, "No Elasticsearch found: start the pipeline with "
          + "`./monitor run` (same --home / MONITOR_HOME, now " + home.toAbsolutePath() + ") or pass --elasticsearch.");
    }
    return ElasticsearchOptions.from(settings, url);
  }

  /** The configured Kafka, else {@code fallback} (the running stack's). */
  String kafkaOr(Settings settings, String fallback) {
    String configured = settings.string("kafka.bootstrap-servers");
    return configured.isBlank() ? fallback : configured;
  }

  String elasticsearchOr(Settings settings, String fallback) {
    String configured = settings.string("elasticsearch.url");
    return configured.isBlank() ? fallback : configured;
  }
}
