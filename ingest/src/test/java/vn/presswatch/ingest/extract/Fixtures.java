package vn.presswatch.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.presswatch.core.outlet.OutletSelectors;

/** Hand-written page fixtures under {@code src/test/resources/fixtures/pages}. */
final class Fixtures {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  private Fixtures() {}

  /** The raw bytes of fixture {@code name}. */
  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/pages/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixture {@code name} decoded and extracted as if fetched from {@code url}, without outlet selectors. */
  static ExtractedPage extract(String name, String url) {
    return EXTRACTOR.extract(HtmlDecoding.decode(bytes(name), null), url, OutletSelectors.NONE);
  }
}
