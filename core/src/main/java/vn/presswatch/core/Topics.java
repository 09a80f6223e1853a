package vn.presswatch.core;

/**
 * Every Kafka topic name, once. The pipeline's stages talk to each other only through these topics.
 *
 * <p>A deployment may prefix them (see {@code kafka.topic-prefix}); {@link #named(String, String)} applies the prefix.
 */
public final class Topics {
  /** Extracted articles, one JSON {@link vn.presswatch.core.article.Article} per record, keyed by article id. */
  public static final String ARTICLES = "presswatch.articles";

  /** Inputs that a stage could not use (bad feed, broken page, unparsable record, rejected document), with the reason. */
  public static final String DEAD_LETTER = "presswatch.dead-letter";

  /** Per-source crawl health events, keyed by source id. */
  public static final String SOURCE_HEALTH = "presswatch.source-health";

  /** All topics the pipeline creates at start. */
  public static final java.util.List<String> ALL = java.util.List.of(ARTICLES, DEAD_LETTER, SOURCE_HEALTH);

  private Topics() {}

  /** The topic name with the deployment's prefix applied ({@code ""} for none). */
  public static String named(String prefix, String topic) {
    return prefix == null || prefix.isEmpty() ? topic : prefix + topic;
  }
}
