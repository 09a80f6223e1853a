package vn.presswatch.processing.classify;

import java.util.Set;

/**
 * An article with the themes a human credited it with: one line of a gold (labelled) set.
 *
 * @param article the article's text
 * @param themes the theme ids a monitoring officer would credit; empty for an article about none
 */
public record GoldArticle(ArticleInput article, Set<String> themes) {
  public GoldArticle {
    themes = Set.copyOf(themes);
  }
}
