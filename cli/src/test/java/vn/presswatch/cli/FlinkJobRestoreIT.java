package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.presswatch.cli.pipeline.PipelineStatus;

/**
 * Fault: the coverage job is cancelled without a savepoint while articles are in flight, and a new job is started
 * that resumes from the newest retained checkpoint, as {@code monitor run} does after a crash. The records after that
 * checkpoint are processed again; counts must still be exact.
 */
class FlinkJobRestoreIT extends FaultStackCase {
  @Test
  void aJobKilledMidStreamAndRestoredFromItsLastCheckpointCountsEveryArticleExactlyOnce() throws Exception {
    List<ArticleStream.Item> stream = ArticleStream.of(300, 4);
    ExpectedCoverage expected = ExpectedCoverage.of(stream, stack.plans());
    int half = stream.size() / 2;
    stack.produce(stream.subList(0, half), Duration.ZERO);
    await("some articles indexed and a checkpoint completed after them").atMost(FaultStack.SLOW_START)
        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
        .until(() -> stack.articlesIndexed() > 0 && stack.jobHealth().completedCheckpoints() > 0);

    // The rest of the stream arrives while the job dies and comes back.
    CompletableFuture<Void> rest = CompletableFuture.runAsync(
        () -> stack.produce(stream.subList(half, stream.size()), Duration.ofMillis(4)));
    await("more records published").atMost(FaultStack.SLOW_START).pollInterval(Duration.ofMillis(100))
        .until(() -> stack.status().pipeline().get("articles_published") >= half + 40);
    PipelineStatus atKill = stack.status();
    long indexedAtKill = stack.articlesIndexed();
    stack.killJob();
    long restartedAt = System.nanoTime();
    stack.startJob();
    rest.join();

    stack.awaitAllProcessed(stream.size(), FaultStack.CATCH_UP);
    await("exact articles and counts").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(expected.differences(stack.es(), stack.names()))
            .as("differences from the expected articles and coverage counts").isEmpty());
    long recoveredMs = (System.nanoTime() - restartedAt) / 1_000_000;

    List<String> deadLetters = stack.deadLetterPayloads();
    assertThat(deadLetters).as("every broken record dead-lettered")
        .containsAll(stream.stream().filter(i -> i.article() == null).map(ArticleStream.Item::broken).toList());
    assertThat(indexedAtKill).as("articles indexed before the kill").isPositive();
    assertThat(atKill.pipeline().get("processing_lag")).as("records in flight at the kill").isPositive();

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("records_in", stack.status().pipeline().get("articles_published"));
    figures.put("records_produced", stream.size());
    figures.put("distinct_articles", expected.articleCount());
    figures.put("articles_indexed", stack.articlesIndexed());
    figures.put("coverage_rows_expected", expected.rowCount());
    figures.put("theme_hits", expected.themeHits());
    figures.put("indexed_at_kill", indexedAtKill);
    figures.put("lag_at_kill", atKill.pipeline().get("processing_lag"));
    figures.put("dead_lettered", deadLetters.size());
    figures.put("dead_letter_duplicates", deadLetters.size() - deadLetters.stream().distinct().count());
    figures.put("recovered_ms", recoveredMs);
    FaultStack.report("flink-job-killed", figures);
  }
}
