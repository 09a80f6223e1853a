package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.cli.bench.BenchCorpus;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.core.Topics;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleCodec;
import vn.presswatch.ingest.replay.ReplayServer;
import vn.presswatch.ingest.state.CrawlState;

/**
 * Issue #8, "crawler killed mid-crawl and restarted": the real {@code monitor crawl} runs in a child JVM against
 * article pages served over loopback and the embedded stack's Kafka. It is stopped with SIGTERM mid-crawl, restarted
 * and killed with SIGKILL mid-crawl, then restarted to the end. Every article must be in the topic, the graceful stop
 * must re-publish nothing, the kill only the articles after the crawler's last state save, each an exact copy as far
 * as counting goes; and the coverage job must count each article once.
 */
class CrawlerKillIT {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlerKillIT.class);
  static final int ARTICLES = 240;

  /** The child crawlers' logs, kept after the test. */
  static final Path LOGS = Path.of("target", "crawler-kill");

  @TempDir static Path dir;
  static final List<Process> children = new ArrayList<>();
  static Pipeline pipeline;
  static ElasticsearchClient es;

  @BeforeAll
  static void start() throws IOException {
    java.nio.file.Files.createDirectories(LOGS);
    pipeline = TestPipelines.start(dir.resolve("home"));
    es = pipeline.elasticsearch().client();
  }

  @AfterAll
  static void stop() {
    // A failed assertion must not leave a crawler running.
    children.forEach(Process::destroyForcibly);
    if (pipeline != null) {
      pipeline.close();
    }
  }

  /** {@code monitor crawl} in a child JVM on the pipeline's work directory (hence its Kafka and crawl state). */
  static Process crawler(Path outlets, boolean once, String name) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Monitor.class.getName(), "crawl", "--home", dir.resolve("home").toString(), "--outlets", outlets.toString()));
    if (once) {
      command.add("--once");
    }
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(LOGS.resolve(name + ".log").toFile());
    pb.environment().putAll(Map.of(
        "MONITOR_FETCH_ALLOW_PRIVATE_ADDRESSES", "true",
        "MONITOR_FETCH_CRAWL_DELAY", "PT0S",
        "MONITOR_CRAWL_STATE_SAVE_INTERVAL", "PT0.2S"));
    Process child = pb.start();
    children.add(child);
    return child;
  }

  static Map<TopicPartition, Long> endOffsets() {
    try (KafkaConsumer<byte[], byte[]> c = TestPipelines.consumer(pipeline)) {
      List<TopicPartition> partitions = c.partitionsFor(Topics.ARTICLES).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      return new HashMap<>(c.endOffsets(partitions));
    }
  }

  static long total(Map<TopicPartition, Long> offsets) {
    return offsets.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Waits until the topic holds at least {@code records}, then stops or kills {@code crawler}. */
  static void interruptAt(Process crawler, long records, boolean kill, String name) throws Exception {
    await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
        .until(() -> !crawler.isAlive() || total(endOffsets()) >= records);
    assertThat(crawler.isAlive()).as("%s still crawling when interrupted (see %s)", name, LOGS.resolve(name + ".log")).isTrue();
    if (kill) {
      crawler.destroyForcibly();
    } else {
      crawler.destroy();
    }
    assertThat(crawler.waitFor(60, TimeUnit.SECONDS)).as("%s ended", name).isTrue();
    LOG.info("{} ended with exit code {}", name, crawler.exitValue());
  }

  /** Which run (0, 1, 2) wrote a record, from the topic's end offsets after each run. */
  static int runOf(ConsumerRecord<?, ?> r, List<Map<TopicPartition, Long>> ends) {
    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
    int run = 0;
    while (r.offset() >= ends.get(run).get(tp)) {
      run++;
    }
    return run;
  }

  @Test
  void aCrawlerStoppedAndKilledMidCrawlResumesWithEveryArticleOnceAndCountsExact() throws Exception {
    BenchCorpus corpus = ArticleSite.corpus();
    Instant fetched = Instant.parse("2026-11-25T00:00:00Z");
    List<Article> articles = LongStream.range(0, ARTICLES).mapToObj(n -> corpus.article(n, 2, fetched)).toList();
    assertThat(corpus.size()).as("distinct texts, so that no page is a syndicated copy").isGreaterThan(ARTICLES);
    ArticleSite site = ArticleSite.write(dir.resolve("site"), articles, 60);

    List<Map<TopicPartition, Long>> ends = new ArrayList<>();
    int killedExit;
    try (ReplayServer server = ReplayServer.start(site.dir())) {
      Path outlets = site.outletsFile(server.baseUrl());
      interruptAt(crawler(outlets, false, "run-1-sigterm"), 60, false, "run-1-sigterm");
      ends.add(endOffsets());
      assertThat(CrawlState.fileIn(dir.resolve("home"))).exists();
      Process second = crawler(outlets, true, "run-2-sigkill");
      interruptAt(second, total(ends.get(0)) + 60, true, "run-2-sigkill");
      killedExit = second.exitValue();
      ends.add(endOffsets());
      Process third = crawler(outlets, true, "run-3");
      assertThat(third.waitFor(240, TimeUnit.SECONDS)).as("run 3 ends").isTrue();
      assertThat(third.exitValue()).as("run 3 exit code; see %s", LOGS.resolve("run-3.log")).isZero();
      ends.add(endOffsets());
    }
    assertThat(killedExit).as("SIGKILL").isEqualTo(137);

    List<ConsumerRecord<byte[], byte[]>> records = TestPipelines.readAll(pipeline, Topics.ARTICLES);
    assertThat(records).hasSize((int) total(ends.get(2)));
    Map<String, Article> first = new HashMap<>();
    Map<String, Integer> firstRun = new HashMap<>();
    int[] produced = new int[3];
    int[] republished = new int[3];
    List<String> notCountIdentical = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      Article a = ArticleCodec.fromBytes(r.value());
      int run = runOf(r, ends);
      produced[run]++;
      Article earlier = first.putIfAbsent(a.id(), a);
      if (earlier != null) {
        republished[run]++;
        if (!sameForCounting(earlier, a)) {
          notCountIdentical.add(a.id());
        }
      } else {
        firstRun.put(a.id(), run);
      }
    }
    LOG.info("crawler kill: produced per run {}, re-published per run {}, distinct {}",
        java.util.Arrays.toString(produced), java.util.Arrays.toString(republished), first.size());

    Set<String> expected = new HashSet<>();
    articles.forEach(a -> expected.add(a.canonicalUrl()));
    assertThat(first.values()).extracting(Article::canonicalUrl).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(produced[0]).as("run 1 stopped mid-crawl").isBetween(60, ARTICLES - 1);
    assertThat(produced[1]).as("run 2 killed mid-crawl").isPositive();
    assertThat(republished[1]).as("after a graceful stop nothing is published again").isZero();
    assertThat(republished[2]).as("after a kill only what followed the last state save is published again")
        .isLessThan(produced[1]);
    assertThat(notCountIdentical).as("re-published articles differ only in fetch time and archive").isEmpty();

    // The coverage job keys versions by article id: each article is indexed once and counted once.
    TestPipelines.awaitProcessed(pipeline, Duration.ofSeconds(180));
    es.indices().refresh(r -> r.index("presswatch-*"));
    assertThat(es.count(c -> c.index("presswatch-articles")).count()).isEqualTo(ARTICLES);
    assertCoverageCountsEachIndexedArticleOnce();
  }

  /** What the coverage job derives its counts from (outlet, day, themes, syndication) is the same in both. */
  static boolean sameForCounting(Article a, Article b) {
    return a.outlet().equals(b.outlet()) && a.publishedAt().equals(b.publishedAt()) && a.title().equals(b.title())
        && java.util.Objects.equals(a.lead(), b.lead()) && a.text().equals(b.text())
        && java.util.Objects.equals(a.duplicateOf(), b.duplicateOf());
  }

  /**
   * Every coverage row's article count equals the indexed articles of its outlet, day and theme, and its outlet total
   * equals the indexed articles of that outlet and day: a re-published article counted twice would exceed both.
   */
  static void assertCoverageCountsEachIndexedArticleOnce() throws IOException {
    Map<String, Integer> perTheme = new TreeMap<>();
    Map<String, Integer> perDay = new TreeMap<>();
    for (Hit<ObjectNode> hit : es.search(s -> s.index("presswatch-articles").size(1000), ObjectNode.class)
        .hits().hits()) {
      JsonNode doc = hit.source();
      String outletDay = doc.get("outlet").asText() + " " + doc.get("day").asText();
      perDay.merge(outletDay, 1, Integer::sum);
      doc.get("theme_ids").forEach(t -> perTheme.merge(outletDay + " " + t.asText(), 1, Integer::sum));
    }
    Map<String, Integer> rowsPerTheme = new TreeMap<>();
    Map<String, Integer> rowsPerDay = new TreeMap<>();
    for (Hit<ObjectNode> hit : es.search(s -> s.index("presswatch-coverage").size(5000), ObjectNode.class)
        .hits().hits()) {
      JsonNode row = hit.source();
      String outletDay = row.get("outlet").asText() + " " + row.get("day").asText();
      if (row.get("articles").asInt() > 0) {
        rowsPerTheme.put(outletDay + " " + row.get("theme").asText(), row.get("articles").asInt());
      }
      rowsPerDay.put(outletDay, row.get("outlet_articles").asInt());
    }
    assertThat(rowsPerTheme).isNotEmpty().isEqualTo(perTheme);
    rowsPerDay.forEach((outletDay, n) -> assertThat(n).as("articles of %s", outletDay).isEqualTo(perDay.get(outletDay)));
  }
}
