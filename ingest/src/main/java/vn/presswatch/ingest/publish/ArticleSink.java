package vn.presswatch.ingest.publish;

import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.ingest.health.SourceHealth;

/**
 * Where the crawler delivers its output. {@link KafkaArticleSink} is the production implementation; tests and replay
 * checks may collect in memory. Implementations must be thread-safe: crawl workers call them concurrently.
 */
public interface ArticleSink extends AutoCloseable {
  /** One article (possibly a duplicate, with {@code duplicateOf} set). */
  void article(Article article);

  /** One input the crawler could not use, with the reason. */
  void deadLetter(DeadLetter deadLetter);

  /** The current health of one source, after each poll of it. */
  void sourceHealth(SourceHealth health);

  /** Blocks until everything handed over so far is durably delivered. */
  void flush();

  @Override
  void close();
}
