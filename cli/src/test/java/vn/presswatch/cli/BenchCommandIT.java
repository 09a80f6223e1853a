package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code monitor bench} on a small run: the warm-up is handled apart, every measured article is counted. */
class BenchCommandIT {
  private static final Path CORPUS =
      Path.of(System.getProperty("presswatch.shared.dir", "../../shared"), "data/vn-news/texts/VNTC-sample");

  @Test
  void measuresTheArticlesAfterTheWarmUpAndReportsTheirLatency() {
    CommandResult bench = CommandResult.monitor("bench", "--articles", "300", "--warmup", "100", "--rate", "0",
        "--sample-every", "10", "--corpus", CORPUS.toString(), "--plan", RunCommandIT.PLAN, "--outlets",
        "../config/outlets.yaml");

    assertThat(bench.exit()).as(bench.err()).isZero();
    assertThat(bench.err()).contains("warm-up: 100 articles handled", "produced 300 articles");
    assertThat(bench.out()).contains("articles 300 after 100 warm-up, produce rate max");
    Matcher latency = Pattern.compile("latency \\((\\d+) samples\\): p50 (\\d+) ms, p99 (\\d+) ms, max (\\d+) ms")
        .matcher(bench.out());
    assertThat(latency.find()).as(bench.out()).isTrue();
    assertThat(Integer.parseInt(latency.group(1))).as("every 10th of the 300 measured articles").isEqualTo(30);
    long p50 = Long.parseLong(latency.group(2));
    long p99 = Long.parseLong(latency.group(3));
    assertThat(p50).isPositive().isLessThanOrEqualTo(p99);
    assertThat(p99).isLessThanOrEqualTo(Long.parseLong(latency.group(4)));
    assertThat(bench.err()).as("the per-window table").containsPattern("\\n +0-5 +s +\\d+ ");
  }
}
