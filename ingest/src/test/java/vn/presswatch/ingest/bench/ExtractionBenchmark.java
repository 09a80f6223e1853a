package vn.presswatch.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.presswatch.core.outlet.OutletSelectors;
import vn.presswatch.ingest.extract.ArticleExtractor;
import vn.presswatch.ingest.extract.ExtractedPage;
import vn.presswatch.ingest.extract.HtmlDecoding;

/**
 * Article extraction throughput, one thread, so the score is pages per second per core: the real 250 KB VnExpress
 * page from the shared data, and the hand-written fixture pages in turn. Run with {@link #main}; see
 * docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractionBenchmark {
  private static final String SHARED_DIR = "presswatch.shared.dir";
  private static final String VNEXPRESS = "data/vn-news/html/fundus/VnExpress_2025_10_22.html.gz";
  private static final List<String> FIXTURES =
      List.of("nhandan.html", "tuoitre.html", "thanhnien.html", "dantri.html", "dangcongsan.html", "vov.html",
          "english.html", "broken.html");

  private final ArticleExtractor extractor = new ArticleExtractor();
  private String vnexpress;
  private List<String> fixtures;
  private int next;

  /** Loads the pages once; decoding is not measured. */
  @Setup
  public void load() throws IOException {
    String dir = System.getProperty(SHARED_DIR);
    if (dir == null) {
      throw new IllegalStateException("Set -D" + SHARED_DIR + "=/path/to/shared (the directory holding data/vn-news)");
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(dir).resolve(VNEXPRESS)))) {
      vnexpress = HtmlDecoding.decode(in.readAllBytes(), null);
    }
    fixtures = new ArrayList<>();
    for (String name : FIXTURES) {
      try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/fixtures/pages/" + name)) {
        fixtures.add(HtmlDecoding.decode(in.readAllBytes(), null));
      }
    }
  }

  /** The real VnExpress article page (about 250 KB of HTML). */
  @Benchmark
  public ExtractedPage vnexpressPage() {
    return extractor.extract(vnexpress, "https://vnexpress.net/a-4954454.html", OutletSelectors.NONE);
  }

  /** The small hand-written fixture pages (3–6 KB), one per call in turn. */
  @Benchmark
  public ExtractedPage fixturePages() {
    String page = fixtures.get(next);
    next = (next + 1) % fixtures.size();
    return extractor.extract(page, "https://example.vn/a.html", OutletSelectors.NONE);
  }

  /** Runs this benchmark, passing the shared data directory on to the forked JVM. */
  public static void main(String[] args) throws RunnerException {
    String dir = System.getProperty(SHARED_DIR, "../shared");
    new Runner(
            new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName())
                .jvmArgsAppend("-D" + SHARED_DIR + "=" + dir)
                .build())
        .run();
  }
}
