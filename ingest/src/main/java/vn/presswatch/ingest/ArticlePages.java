package vn.presswatch.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.archive.ResponseArchive;
import vn.presswatch.ingest.dedup.ContentFingerprint;
import vn.presswatch.ingest.dedup.DuplicateDetector;
import vn.presswatch.ingest.extract.CanonicalUrls;
import vn.presswatch.ingest.extract.ExtractedPage;
import vn.presswatch.ingest.fetch.FetchException;
import vn.presswatch.ingest.fetch.FetchResponse;
import vn.presswatch.ingest.fetch.PoliteFetcher;
import vn.presswatch.ingest.fetch.Validators;
import vn.presswatch.ingest.publish.ArticleSink;
import vn.presswatch.ingest.state.CrawlState;

/**
 * Crawls one article page: fetch, archive, read, normalise to NFC, fingerprint, mark duplicates, publish, remember
 * its URL. Whatever goes wrong is dead-lettered with the reason; nothing here throws for bad input.
 */
final class ArticlePages {
  private final PoliteFetcher fetcher;
  private final PageReader reader;
  private final CrawlState state;
  private final ResponseArchive archive;
  private final DuplicateDetector duplicates;
  private final ArticleSink sink;
  private final CrawlCounters counters;
  private final Diversions diversions;
  private final int minTextChars;

  ArticlePages(PoliteFetcher fetcher, PageReader reader, CrawlState state, ResponseArchive archive,
      DuplicateDetector duplicates, ArticleSink sink, CrawlCounters counters, Diversions diversions,
      int minTextChars) {
    this.minTextChars = minTextChars;
    this.fetcher = fetcher;
    this.reader = reader;
    this.state = state;
    this.archive = archive;
    this.duplicates = duplicates;
    this.sink = sink;
    this.counters = counters;
    this.diversions = diversions;
  }

  /**
   * Crawls {@code url} of {@code outlet}.
   *
   * @param listedAt the publication time the feed or sitemap gave, null when none
   * @return the published article, empty when the page was diverted or seen before
   */
  Optional<Article> crawl(Outlet outlet, String url, Instant listedAt) throws InterruptedException {
    // URLs are remembered in their clean form, so a link with tracking parameters is the same page.
    String key = CanonicalUrls.clean(url);
    FetchResponse page;
    try {
      page = fetcher.get(url, Validators.NONE);
    } catch (FetchException e) {
      diversions.divert("fetch", e.reason(), e.getMessage(), outlet.id(), url, null);
      if (!e.transientFailure()) {
        // A 404 or a refused page will not improve; a timeout or a 5xx is tried again at the next poll.
        state.markSeen(key, "");
      }
      return Optional.empty();
    }
    counters.articleFetched();
    String warc = archive.archive(page);
    ExtractedPage read;
    try {
      read = reader.read(page, outlet);
      if (read.text() == null || read.text().strip().length() < minTextChars) {
        throw new PageRejectedException("no-body", "article text shorter than " + minTextChars + " characters: '"
            + (read.text() == null ? "" : read.text().strip()) + "'");
      }
    } catch (PageRejectedException e) {
      diversions.divert("extract", e.reason(), e.getMessage(), outlet.id(), url,
          new String(page.body(), StandardCharsets.UTF_8));
      state.markSeen(key, "");
      return Optional.empty();
    } catch (RuntimeException e) {
      // An extractor bug on one page must not stop the crawl; the page is kept in the dead-letter topic.
      diversions.divert("extract", "extractor-error", e.toString(), outlet.id(), url,
          new String(page.body(), StandardCharsets.UTF_8));
      return Optional.empty();
    }
    String canonical = read.canonicalUrl() == null || read.canonicalUrl().isBlank()
        ? key : CanonicalUrls.clean(read.canonicalUrl());
    if (!canonical.equals(key) && state.seen(canonical).isPresent()) {
      diversions.skip("seen-before", outlet.id(), url);
      state.markSeen(key, state.seen(canonical).get());
      return Optional.empty();
    }
    String id = ArticleIds.forUrl(canonical);
    String title = nfc(read.title());
    String text = nfc(read.text());
    // The body only: syndicated copies keep the text but often rewrite the headline.
    long fingerprint = ContentFingerprint.of(text);
    Instant publishedAt = read.publishedAt() != null ? read.publishedAt()
        : listedAt != null ? listedAt : page.fetchedAt();
    Article article = new Article(Article.SCHEMA_VERSION, id, outlet.id(), url, canonical, title,
        nfc(read.lead()), text, nfc(blankToNull(read.author())), nfc(blankToNull(read.section())),
        read.tags() == null ? List.of() : read.tags().stream().map(ArticlePages::nfc).toList(),
        read.language() != null && !read.language().isBlank() ? read.language() : outlet.language(), publishedAt,
        read.modifiedAt(),
        page.fetchedAt(), ContentFingerprint.hex(fingerprint), null, warc);
    Optional<String> original = duplicates.originalOf(id, fingerprint);
    if (original.isPresent()) {
      article = article.withDuplicateOf(original.get());
    }
    sink.article(article);
    counters.published(original.isPresent());
    state.markSeen(key, id);
    state.markSeen(canonical, id);
    return Optional.of(article);
  }

  private static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
