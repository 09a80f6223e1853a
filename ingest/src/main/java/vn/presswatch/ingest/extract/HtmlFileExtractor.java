package vn.presswatch.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import vn.presswatch.core.outlet.OutletSelectors;

/**
 * Extracts articles from saved HTML files ({@code .html}, or gzipped {@code .html.gz}), for the command line and for
 * checking extraction on captured pages. Thread-safe.
 */
public final class HtmlFileExtractor {
  private final ArticleExtractor extractor;

  /** Uses {@code extractor} for every file. */
  public HtmlFileExtractor(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Reads, decodes ({@link HtmlDecoding}) and extracts one file.
   *
   * @param file the page; gunzipped when its name ends in {@code .gz}
   * @param url the page's URL, or null
   * @throws IOException if the file cannot be read or is not valid gzip
   */
  public ExtractedPage extract(Path file, String url) throws IOException {
    return extractor.extract(HtmlDecoding.decode(read(file), null), url, OutletSelectors.NONE);
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
