package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Real captured pages from the shared data directory ({@code presswatch.shared.dir}); tests skip without it. */
final class SharedPages {
  private SharedPages() {}

  /** The file at {@code relative} under the shared data directory; the calling test is skipped if it is absent. */
  static Path path(String relative) {
    String dir = System.getProperty("presswatch.shared.dir");
    assumeThat(dir).as("presswatch.shared.dir").isNotNull();
    Path path = Path.of(dir, "data", "vn-news", "html").resolve(relative);
    assumeThat(Files.isRegularFile(path)).as("%s exists", path).isTrue();
    return path;
  }

  /** The text of a shared page, gunzipped if its name ends in {@code .gz}. */
  static String read(String relative) {
    Path path = path(relative);
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = relative.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
