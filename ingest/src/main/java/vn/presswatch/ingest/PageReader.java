package vn.presswatch.ingest;

import vn.presswatch.ingest.extract.ExtractedPage;

import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.fetch.FetchResponse;

/**
 * Turns a fetched article page into the article's fields. The crawler's default is {@link ExtractingPageReader}
 * (the extractor in {@code ingest.extract}); a different reader can be given to {@link CrawlService} for tests.
 */
@FunctionalInterface
public interface PageReader {
  /**
   * @throws PageRejectedException with a reason such as {@code no-body} when the page holds no article
   */
  ExtractedPage read(FetchResponse page, Outlet outlet) throws PageRejectedException;
}
