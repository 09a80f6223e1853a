package vn.presswatch.cli.reprocess;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.config.Settings;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;
import vn.presswatch.infra.embedded.EmbeddedKafka;

/**
 * The embedded Kafka broker and Elasticsearch node of a work directory whose pipeline is stopped, started from the
 * data {@code monitor run} left there, without the live job, for a command that only reads and rewrites that data.
 */
public final class HomeStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HomeStack.class);

  private final EmbeddedKafka kafka;
  private final EmbeddedElasticsearch elasticsearch;

  private HomeStack(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) {
    this.kafka = kafka;
    this.elasticsearch = elasticsearch;
  }

  /** Whether {@code home} holds the data of an embedded pipeline. */
  public static boolean hasData(Path home) {
    return Files.isDirectory(home.resolve("kafka")) && Files.isDirectory(home.resolve("elasticsearch"));
  }

  /**
   * Starts both on the ports of the {@code kafka.embedded-port} and {@code elasticsearch.embedded-port} settings.
   *
   * @throws IllegalStateException when either cannot start; the other is stopped again
   */
  public static HomeStack start(Path home, Settings settings) {
    EmbeddedKafka broker = EmbeddedKafka.start(home.resolve("kafka"), settings.integer("kafka.embedded-port"));
    try {
      return new HomeStack(broker, EmbeddedElasticsearch.start(home.resolve("elasticsearch"),
          settings.integer("elasticsearch.embedded-port")));
    } catch (RuntimeException e) {
      stop(broker);
      throw e;
    }
  }

  public String kafka() {
    return kafka.bootstrapServers();
  }

  public String elasticsearch() {
    return elasticsearch.httpUrl();
  }

  @Override
  public void close() {
    stop(elasticsearch);
    stop(kafka);
  }

  private static void stop(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("{} did not stop cleanly: {}", c.getClass().getSimpleName(), e.toString());
    }
  }
}
