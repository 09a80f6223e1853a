package vn.presswatch.ingest;

import java.util.Locale;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.extract.ArticleExtractor;
import vn.presswatch.ingest.extract.ExtractedPage;
import vn.presswatch.ingest.extract.HtmlDecoding;
import vn.presswatch.ingest.fetch.FetchResponse;

/**
 * The crawler's default {@link PageReader}: decodes the page ({@link HtmlDecoding}: BOM, header, meta, mislabelled
 * UTF-8) and extracts it with {@link ArticleExtractor} using the outlet's selectors. Refuses responses that are not
 * HTML ({@code not-html}) and pages without body text ({@code no-body}).
 */
public final class ExtractingPageReader implements PageReader {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Override
  public ExtractedPage read(FetchResponse page, Outlet outlet) throws PageRejectedException {
    String type = page.contentType();
    if (type != null && !isHtml(type.toLowerCase(Locale.ROOT))) {
      throw new PageRejectedException("not-html", "Content-Type " + type + " is not an HTML page");
    }
    ExtractedPage x = extractor.extract(HtmlDecoding.decode(page.body(), type), page.finalUrl(), outlet.selectors());
    if (x.text().isBlank()) {
      throw new PageRejectedException("no-body", "no article text found in the page");
    }
    return x;
  }

  private static boolean isHtml(String type) {
    return type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("text/plain");
  }
}
