package vn.presswatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.cli.bench.BenchCorpus;
import vn.presswatch.cli.bench.PipelineBenchmark;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.io.Directories;

/** {@code monitor bench}: end-to-end figures of the pipeline on a fresh embedded stack. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure end-to-end throughput (articles/s) and produce-to-searchable latency on a fresh "
        + "embedded stack in a temporary work directory.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", description = "Articles to produce (default ${DEFAULT-VALUE}).")
  long articles = 20_000;

  @Option(names = "--warmup", paramLabel = "N", description = "Articles pushed through first, at the same rate, "
      + "and not measured: a fresh stack needs some seconds to reach its steady state (default ${DEFAULT-VALUE}; "
      + "0 measures from the first article).")
  long warmup = 2_000;

  @Option(names = "--rate", description = "Produce rate in articles/s, 0 = as fast as possible "
      + "(default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--sample-every", description = "Measure latency of every n-th article (default ${DEFAULT-VALUE}).")
  int sampleEvery = 20;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Directory of .txt articles (title on line 1). "
      + "Default: ../shared/data/vn-news/texts/VNTC-sample.")
  Path corpus = Path.of("../shared/data/vn-news/texts/VNTC-sample");

  @Option(names = "--plan", paramLabel = "FILE", description = "Plan file (default ${DEFAULT-VALUE}).")
  Path plan = Path.of("config/plans/205-KH-BTCTW-2019.yaml");

  @Option(names = "--outlets", paramLabel = "FILE", description = "Outlets file (default ${DEFAULT-VALUE}).")
  Path outlets = Path.of("config/outlets.yaml");

  @Override
  public Integer call() throws Exception {
    Path home = Files.createTempDirectory("presswatch-bench");
    try {
      // Always the embedded stack: an external cluster named in the environment is not what is being measured.
      Settings settings = Settings.load(null, System.getenv(), Map.of("monitor.home", home.toString(),
          "kafka.bootstrap-servers", "", "elasticsearch.url", "", "flink.jobmanager", ""));
      BenchCorpus texts = BenchCorpus.load(corpus);
      spec.commandLine().getErr().printf("corpus: %d texts from %s; work directory %s%n", texts.size(), corpus, home);
      PipelineBenchmark.Result r = new PipelineBenchmark(settings, texts, spec.commandLine().getErr())
          .run(articles, warmup, rate, sampleEvery, List.of(plan), outlets);
      spec.commandLine().getOut().printf(
          "articles %d after %d warm-up, produce rate %s%nend to end: %.1f s, %.0f articles/s%n"
              + "produce -> searchable latency (%d samples): p50 %.0f ms, p99 %.0f ms, max %.0f ms%nRSS %d MiB%n",
          r.articles(), warmup, rate == 0 ? "max" : rate + "/s", r.seconds(), r.articlesPerSecond(), r.latencySamples(),
          r.p50Millis(), r.p99Millis(), r.maxMillis(), r.rssMiB());
      return 0;
    } finally {
      Directories.deleteTree(home);
    }
  }
}
