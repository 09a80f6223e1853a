package vn.presswatch.cli.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.PipelineStatus;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.config.Settings;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.processing.jobs.CoverageJobConfig;

/**
 * Pushes real articles through Kafka → Flink → Elasticsearch on the embedded stack and measures what a user sees:
 * sustained articles per second from the first record produced to the last one searchable, and the latency from
 * produce to searchable of a sample of articles (found by polling Elasticsearch every 50 ms).
 */
public final class PipelineBenchmark {
  /** How long the counts may stand still before the run is declared stuck. */
  private static final Duration STALL = Duration.ofSeconds(60);
  /** The span of produce time whose latencies are reported together. */
  private static final Duration WINDOW = Duration.ofSeconds(5);
  /** What one run measured. */
  public record Result(long articles, double seconds, double articlesPerSecond, long latencySamples,
      double p50Millis, double p99Millis, double maxMillis, long rssMiB) {}

  private final Settings settings;
  private final BenchCorpus corpus;
  private final PrintWriter progress;

  public PipelineBenchmark(Settings settings, BenchCorpus corpus, PrintWriter progress) {
    this.settings = settings;
    this.corpus = corpus;
    this.progress = progress;
  }

  /**
   * @param articles how many articles to measure
   * @param warmup how many articles to push through first, at the same rate, unmeasured: the first seconds of a fresh
   *     stack (index creation, JIT compilation, Flink tasks starting) are not its steady state
   * @param ratePerSecond produce rate, 0 for as fast as possible
   * @param sampleEvery measure the latency of every n-th article
   */
  public Result run(long articles, long warmup, int ratePerSecond, int sampleEvery, List<Path> plans, Path outlets)
      throws Exception {
    try (Pipeline pipeline = Pipeline.start(settings, plans, outlets, Path.of("unused.jar"));
        KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(),
            settings.string("kafka.topic-prefix"), Map.of("linger.ms", 5, "batch.size", 262144))) {
      if (warmup > 0) {
        produce(sink, 0, warmup, ratePerSecond, 0, null);
        awaitAllHandled(pipeline, warmup);
        progress.printf("%nwarm-up: %d articles handled%n", warmup);
      }
      ElasticsearchClient es = pipeline.elasticsearch().client();
      Map<String, Long> pending = new ConcurrentHashMap<>();
      Sampler sampler = new Sampler(es, pipeline.elasticsearch().indexNames().articles(), pending);
      sampler.start();
      long start = System.nanoTime();
      produce(sink, warmup, warmup + articles, ratePerSecond, sampleEvery, pending);
      progress.printf("produced %d articles in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
      awaitAllHandled(pipeline, warmup + articles);
      double seconds = (System.nanoTime() - start) / 1e9;
      progress.println();
      List<Sample> samples = sampler.finish();
      printWindows(samples, start);
      List<Long> sorted = samples.stream().map(Sample::latencyNanos).sorted().toList();
      return new Result(articles, seconds, articles / seconds, sorted.size(), percentile(sorted, 0.50),
          percentile(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, rssMiB());
    }
  }

  /** Produces articles number {@code from} (inclusive) to {@code to}, recording every n-th in {@code sampled}. */
  private void produce(KafkaArticleSink sink, long from, long to, int ratePerSecond, int sampleEvery,
      Map<String, Long> sampled) throws InterruptedException {
    long start = System.nanoTime();
    for (long n = from; n < to; n++) {
      Article a = corpus.article(n, 20, Instant.now());
      if (sampled != null && (n - from) % sampleEvery == 0) {
        sampled.put(a.id(), System.nanoTime());
      }
      sink.article(a);
      if (ratePerSecond > 0) {
        long due = start + (n - from + 1) * 1_000_000_000L / ratePerSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
    }
    sink.flush();
  }

  /** Prints the latency of the articles produced in each {@link #WINDOW} of the run: a rising p50 means saturation. */
  private void printWindows(List<Sample> samples, long start) {
    Map<Long, List<Long>> byWindow = new TreeMap<>();
    for (Sample s : samples) {
      byWindow.computeIfAbsent((s.producedNanos() - start) / WINDOW.toNanos(), w -> new ArrayList<>())
          .add(s.latencyNanos());
    }
    progress.println("produced at    samples   p50 ms   p99 ms");
    byWindow.forEach((window, latencies) -> {
      Collections.sort(latencies);
      long from = window * WINDOW.toSeconds();
      progress.printf("%4d-%-4d s %10d %8.0f %8.0f%n", from, from + WINDOW.toSeconds(), latencies.size(),
          percentile(latencies, 0.50), percentile(latencies, 0.99));
    });
  }

  /**
   * Waits until every produced article is indexed or dead-lettered.
   *
   * @throws IllegalStateException when nothing moves for {@link #STALL}, naming the counts reached
   */
  private void awaitAllHandled(Pipeline pipeline, long articles) throws InterruptedException {
    try (PipelineStatus.Reader status = new PipelineStatus.Reader(pipeline.stack().kafka(),
        settings.string("kafka.topic-prefix"), CoverageJobConfig.LIVE_GROUP, pipeline.elasticsearch())) {
      long handled = 0;
      long lastMove = System.nanoTime();
      while (handled < articles) {
        Thread.sleep(200);
        pipeline.ensureJobAlive();
        Map<String, Long> counters = status.read().pipeline();
        long now = counters.get("articles_indexed") + counters.get("dead_letters");
        if (now > handled) {
          handled = now;
          lastMove = System.nanoTime();
        } else if (System.nanoTime() - lastMove > STALL.toNanos()) {
          throw new IllegalStateException("no progress for " + STALL.toSeconds() + " s: " + counters);
        }
        progress.printf("\rindexed %d, dead-lettered %d / %d", counters.get("articles_indexed"),
            counters.get("dead_letters"), articles);
        progress.flush();
      }
    }
  }

  private static double percentile(List<Long> sortedNanos, double p) {
    if (sortedNanos.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p * sortedNanos.size()) - 1;
    return sortedNanos.get(Math.max(0, i)) / 1e6;
  }

  private static long rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  /** One sampled article: when it was produced and how long until a search found it. */
  private record Sample(long producedNanos, long latencyNanos) {}

  /** Polls Elasticsearch for the sampled ids and records when each first became searchable. */
  private static final class Sampler extends Thread {
    private final ElasticsearchClient es;
    private final String index;
    private final Map<String, Long> pending;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean done;

    Sampler(ElasticsearchClient es, String index, Map<String, Long> pending) {
      super("latency-sampler");
      setDaemon(true);
      this.es = es;
      this.index = index;
      this.pending = pending;
    }

    @Override
    public void run() {
      while (!done || !pending.isEmpty()) {
        List<FieldValue> ids = pending.keySet().stream().limit(500).map(FieldValue::of).toList();
        if (!ids.isEmpty()) {
          try {
            var hits = es.search(s -> s.index(index).size(ids.size()).source(src -> src.fetch(false))
                .query(q -> q.terms(t -> t.field("article_id").terms(v -> v.value(ids)))), Void.class);
            long now = System.nanoTime();
            hits.hits().hits().forEach(h -> {
              Long produced = pending.remove(h.id());
              if (produced != null) {
                samples.add(new Sample(produced, now - produced));
              }
            });
          } catch (IOException | RuntimeException e) {
            // The node is busy indexing; try again on the next tick.
          }
        }
        try {
          Thread.sleep(Duration.ofMillis(50).toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    List<Sample> finish() throws InterruptedException {
      done = true;
      join(Duration.ofSeconds(30).toMillis());
      return List.copyOf(samples);
    }
  }
}
