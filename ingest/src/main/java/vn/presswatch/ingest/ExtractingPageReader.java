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
    if (isBinary(page.body())) {
      // A PDF, an image or garbage under an HTML label: decoded, it would pass for an article of mojibake.
      throw new PageRejectedException("not-html", "the body is binary data, not an HTML page (Content-Type " + type
          + ")");
    }
    ExtractedPage x = extractor.extract(HtmlDecoding.decode(page.body(), type), page.finalUrl(), outlet.selectors());
    if (x.text().isBlank()) {
      throw new PageRejectedException("no-body", "no article text found in the page");
    }
    return x;
  }

  /**
   * Whether the first 4 KiB hold more than 1% control bytes (other than tab, newline, form feed, carriage return),
   * which text never does. Bodies with a UTF-16 byte-order mark are text whatever their zero bytes.
   */
  static boolean isBinary(byte[] body) {
    if (body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
        || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))) {
      return false;
    }
    int n = Math.min(body.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
        control++;
      }
    }
    return control * 100 > n;
  }

  private static boolean isHtml(String type) {
    return type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("text/plain");
  }
}
