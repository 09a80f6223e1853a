package vn.presswatch.infra.embedded.internal;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;

/**
 * Sets up Elasticsearch's logging once per JVM, before the first node is built.
 *
 * <p>Elasticsearch's internal logger factory must be installed or the node fails with {@code
 * ExceptionInInitializerError} ("LoggerFactory.provider() is null"). The {@code org.elasticsearch}
 * loggers are set to {@code WARN} so a command line is not flooded, unless the application's own
 * log4j2 configuration names that logger.
 */
public final class ElasticsearchLogging {

  static final String ES_LOGGER = "org.elasticsearch";
  static final String DEFAULT_LEVEL = "warn";

  private static boolean configured;

  private ElasticsearchLogging() {}

  /** Installs Elasticsearch's logger factory and default level; later calls do nothing. */
  public static synchronized void configureOnce() {
    if (configured) {
      return;
    }
    Settings.Builder levels = Settings.builder();
    if (!configuredByApplication()) {
      levels.put("logger." + ES_LOGGER, DEFAULT_LEVEL);
    }
    LogConfigurator.configureWithoutConfig(levels.build());
    configured = true;
  }

  private static boolean configuredByApplication() {
    return LogManager.getContext(false) instanceof LoggerContext context
        && context.getConfiguration().getLoggers().containsKey(ES_LOGGER);
  }
}
