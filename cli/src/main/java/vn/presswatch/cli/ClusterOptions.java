package vn.presswatch.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.presswatch.core.config.Settings;

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
