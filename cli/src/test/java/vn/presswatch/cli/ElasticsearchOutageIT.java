package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Fault: the Elasticsearch node stops mid-stream and comes back a while later on the same port with the same data.
 * The sink backs off and retries instead of failing the job, and everything arrives, exactly, once it is back.
 */
class ElasticsearchOutageIT extends FaultStackCase {
  /** Shorter than the sink's default retry patience (about 50 s), so the job must ride it out without failing. */
  static final Duration OUTAGE = Duration.ofSeconds(10);

  @Test
  void theSinkBacksOffWhileElasticsearchIsDownAndEverythingArrivesOnceWhenItReturns() throws Exception {
    List<ArticleStream.Item> stream = ArticleStream.of(200, 3);
    ExpectedCoverage expected = ExpectedCoverage.of(stream, stack.plans());
    int third = stream.size() / 3;
    stack.produce(stream.subList(0, third), Duration.ZERO);
    await("some articles indexed").atMost(FaultStack.SLOW_START).pollInterval(Duration.ofMillis(200))
        .until(() -> stack.articlesIndexed() >= 20);
    long indexedBefore = stack.articlesIndexed();

    stack.stopElasticsearch();
    long downAt = System.nanoTime();
    CompletableFuture<Void> rest = CompletableFuture.runAsync(
        () -> stack.produce(stream.subList(third, stream.size()), Duration.ofMillis(4)));
    await("the rest published while Elasticsearch is down").atMost(FaultStack.SLOW_START).until(rest::isDone);
    rest.join();
    // The job keeps running without Elasticsearch: its sink is waiting, not failing.
    await("the outage to last " + OUTAGE).atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofMillis(500))
        .until(() -> System.nanoTime() - downAt >= OUTAGE.toNanos());
    FaultStack.JobHealth during = stack.jobHealth();
    assertThat(during.state()).as("job state during the outage").isEqualTo("RUNNING");

    stack.startElasticsearch();
    long backAt = System.nanoTime();
    long indexedWhenBack = stack.articlesIndexed();
    stack.awaitAllProcessed(stream.size(), FaultStack.CATCH_UP);
    await("exact articles and counts").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(expected.differences(stack.es(), stack.names()))
            .as("differences from the expected articles and coverage counts").isEmpty());
    long recoveredMs = (System.nanoTime() - backAt) / 1_000_000;
    FaultStack.JobHealth after = stack.jobHealth();
    assertThat(after.failures()).as("job failures (restarts) caused by the outage").isZero();
    assertThat(indexedBefore).as("articles indexed before the outage, of " + expected.articleCount())
        .isLessThan(expected.articleCount());
    List<String> deadLetters = stack.deadLetterPayloads();
    assertThat(deadLetters).as("dead letters: the broken records only, once each")
        .containsExactlyInAnyOrderElementsOf(
            stream.stream().filter(i -> i.article() == null).map(ArticleStream.Item::broken).toList());

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("records_in", stack.status().pipeline().get("articles_published"));
    figures.put("distinct_articles", expected.articleCount());
    figures.put("articles_indexed", stack.articlesIndexed());
    figures.put("coverage_rows_expected", expected.rowCount());
    figures.put("indexed_before_outage", indexedBefore);
    figures.put("indexed_when_back", indexedWhenBack);
    figures.put("outage_ms", (backAt - downAt) / 1_000_000);
    figures.put("job_failures", after.failures());
    figures.put("dead_lettered", deadLetters.size());
    figures.put("recovered_ms", recoveredMs);
    FaultStack.report("elasticsearch-outage", figures);
  }
}
