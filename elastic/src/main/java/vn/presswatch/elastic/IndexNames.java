package vn.presswatch.elastic;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.presswatch.core.time.VietnamTime;

/**
 * The names of every index and alias, from one prefix ({@code elasticsearch.index-prefix}, default {@code
 * presswatch}). Articles go to one index per Vietnamese month behind an alias; the others are single indices.
 */
public final class IndexNames implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The prefix the shipped templates are written with. */
  public static final String DEFAULT_PREFIX = "presswatch";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(VietnamTime.ZONE);
  private final String prefix;

  public IndexNames(String prefix) {
    if (prefix == null || !prefix.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "index prefix '" + prefix + "' must be lower-case letters, digits, '.', '_' or '-'");
    }
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The alias over every monthly articles index: search this one. */
  public String articles() {
    return prefix + "-articles";
  }

  /** The monthly index an article published at {@code publishedAt} is written to. */
  public String articlesIndexFor(Instant publishedAt) {
    return prefix + "-articles-" + MONTH.format(publishedAt);
  }

  public String coverage() {
    return prefix + "-coverage";
  }

  public String sources() {
    return prefix + "-sources";
  }

  public String deadLetter() {
    return prefix + "-dead-letter";
  }

  /** Aliases and indices that {@code monitor status} reports on. */
  public List<String> all() {
    return List.of(articles(), coverage(), sources(), deadLetter());
  }
}
