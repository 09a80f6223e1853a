package vn.presswatch.processing.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.presswatch.core.plan.PlanLoader;

/**
 * Throughput of {@link PlanClassifier#classify} in articles per second on one thread, on real Vietnamese news
 * articles of 5 to 10 KB (UTF-8) from the shared VNTC sample. Not a unit test: run it with the {@code bench}
 * profile (see docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PlanClassifierBenchmark {
  private PlanClassifier classifier;
  private final List<ArticleInput> articles = new ArrayList<>();
  private int next;

  @Setup
  public void load() throws IOException {
    Path root = Path.of(System.getProperty("presswatch.shared.dir", "../shared"));
    Path dir = root.resolve("data/vn-news/texts/VNTC-sample");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_16).replace("\r", "").strip();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes >= 5_000 && bytes <= 10_240) {
          int nl = text.indexOf('\n');
          articles.add(ArticleInput.withDerivedLead(f.getFileName().toString(), text.substring(0, nl),
              text.substring(nl + 1)));
        }
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no 5-10 KB articles under " + dir);
    }
    classifier = PlanClassifier.of(PlanLoader.load(Path.of("..", "config", "plans", "205-KH-BTCTW-2019.yaml")));
  }

  /** Classifies the next article; the result is returned so it is not optimised away. */
  @Benchmark
  public Classification classifyArticle() {
    ArticleInput a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    return classifier.classify(a.title(), a.lead(), a.body());
  }
}
