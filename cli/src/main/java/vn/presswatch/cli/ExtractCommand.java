package vn.presswatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.presswatch.core.json.Json;
import vn.presswatch.ingest.extract.ArticleExtractor;
import vn.presswatch.ingest.extract.ExtractedPage;
import vn.presswatch.ingest.extract.HtmlFileExtractor;

/**
 * {@code monitor extract FILE.html... [--url URL]}: extracts saved article pages and prints one JSON line per file,
 * or an error line for a file that cannot be read. Exits 0 if every file was read, 1 otherwise.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract title, lead, body text, author, dates and language from saved HTML pages (.html, .html.gz).")
public class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML files; .gz files are gunzipped.")
  List<Path> files;

  @Option(names = "--url", paramLabel = "URL", description = "The pages' URL, to resolve relative links.")
  String url;

  @Spec CommandSpec spec;

  /** Creates the command; picocli fills in the options. */
  public ExtractCommand() {}

  @Override
  public Integer call() throws JsonProcessingException {
    HtmlFileExtractor extractor = new HtmlFileExtractor(new ArticleExtractor());
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    for (Path file : files) {
      Object line;
      try {
        line = Extracted.of(file, extractor.extract(file, url));
      } catch (IOException e) {
        line = new Failed(file.toString(), e.toString());
        failed++;
      }
      out.println(Json.mapper().writeValueAsString(line));
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** One output line for an extracted file (snake_case through the shared mapper). */
  record Extracted(
      String source,
      String title,
      String text,
      String lead,
      String author,
      Instant publishedAt,
      Instant modifiedAt,
      String canonicalUrl,
      String language) {
    static Extracted of(Path file, ExtractedPage page) {
      return new Extracted(
          file.toString(),
          page.title(),
          page.text(),
          page.lead(),
          page.author(),
          page.publishedAt(),
          page.modifiedAt(),
          page.canonicalUrl(),
          page.language());
    }
  }

  /** One output line for a file that could not be read. */
  record Failed(String source, String error) {}
}
