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
   * @param articles how many articles to produce
   * @param ratePerSecond produce rate, 0 for as fast as possible
   * @param sampleEvery measure the latency of every n-th article
   */
  public Result run(long articles, int ratePerSecond, int sampleEvery, List<Path> plans, Path outlets)
      throws Exception {
    try (Pipeline pipeline = Pipeline.start(settings, plans, outlets, Path.of("unused.jar"));
        KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(),
            settings.string("kafka.topic-prefix"), Map.of("linger.ms", 5, "batch.size", 262144))) {
      ElasticsearchClient es = pipeline.elasticsearch().client();
      String index = pipeline.elasticsearch().indexNames().articles();
      Map<String, Long> pending = new ConcurrentHashMap<>();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      Sampler sampler = new Sampler(es, index, pending, latencies);
      sampler.start();
      long start = System.nanoTime();
      for (long n = 0; n < articles; n++) {
        Article a = corpus.article(n, 20, Instant.now());
        if (n % sampleEvery == 0) {
          pending.put(a.id(), System.nanoTime());
        }
        sink.article(a);
        if (ratePerSecond > 0) {
          long due = start + (n + 1) * 1_000_000_000L / ratePerSecond;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
      }
      sink.flush();
      progress.printf("produced %d articles in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
      awaitAllHandled(pipeline, articles);
      double seconds = (System.nanoTime() - start) / 1e9;
      progress.println();
      sampler.finish();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      return new Result(articles, seconds, articles / seconds, sorted.size(), percentile(sorted, 0.50),
          percentile(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, rssMiB());
    }
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

  /** Polls Elasticsearch for the sampled ids and records when each first became searchable. */
  private static final class Sampler extends Thread {
    private final ElasticsearchClient es;
    private final String index;
    private final Map<String, Long> pending;
    private final List<Long> latencies;
    private volatile boolean done;

    Sampler(ElasticsearchClient es, String index, Map<String, Long> pending, List<Long> latencies) {
      super("latency-sampler");
      setDaemon(true);
      this.es = es;
      this.index = index;
      this.pending = pending;
      this.latencies = latencies;
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
                latencies.add(now - produced);
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

    void finish() throws InterruptedException {
      done = true;
      join(Duration.ofSeconds(30).toMillis());
    }
  }
}
