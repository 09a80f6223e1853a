package vn.presswatch.ingest.publish;

import java.util.ArrayList;
import java.util.List;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.ingest.health.SourceHealth;

/**
 * Keeps everything in memory: for tests, benchmarks and dry runs that must not need a broker. Thread-safe.
 */
public final class InMemoryArticleSink implements ArticleSink {
  private final List<Article> articles = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private final List<SourceHealth> health = new ArrayList<>();

  @Override
  public synchronized void article(Article article) {
    articles.add(article);
  }

  @Override
  public synchronized void deadLetter(DeadLetter deadLetter) {
    deadLetters.add(deadLetter);
  }

  @Override
  public synchronized void sourceHealth(SourceHealth h) {
    health.add(h);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  public synchronized List<Article> articles() {
    return List.copyOf(articles);
  }

  public synchronized List<DeadLetter> deadLetters() {
    return List.copyOf(deadLetters);
  }

  public synchronized List<SourceHealth> health() {
    return List.copyOf(health);
  }
}
