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
 * Fault: the Kafka broker stops mid-stream, while the crawler's producer keeps publishing and the job is consuming,
 * and starts again on the same port with the same data. The job's Kafka source, its dead-letter sinks and the
 * producer must all come back; no article may be lost or counted twice.
 */
class KafkaOutageIT extends FaultStackCase {
  static final Duration OUTAGE = Duration.ofSeconds(8);

  @Test
  void noArticleIsLostOrCountedTwiceWhenTheBrokerStopsAndComesBack() throws Exception {
    List<ArticleStream.Item> stream = ArticleStream.of(200, 3);
    ExpectedCoverage expected = ExpectedCoverage.of(stream, stack.plans());
    int third = stream.size() / 3;
    stack.produce(stream.subList(0, third), Duration.ZERO);
    await("some articles indexed").atMost(FaultStack.SLOW_START).pollInterval(Duration.ofMillis(200))
        .until(() -> stack.articlesIndexed() > 0);

    stack.produce(stream.subList(third, 2 * third), Duration.ZERO);
    long indexedBefore = stack.articlesIndexed();
    // The last third is being sent as the broker goes down: those sends wait in the producer until it is back.
    CompletableFuture<Void> rest = CompletableFuture.runAsync(
        () -> stack.produce(stream.subList(2 * third, stream.size()), Duration.ofMillis(10)));
    stack.stopKafka();
    long downAt = System.nanoTime();
    await("the outage to last " + OUTAGE).atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofMillis(500))
        .until(() -> System.nanoTime() - downAt >= OUTAGE.toNanos());
    FaultStack.JobHealth during = stack.jobHealth();
    stack.startKafka();
    long backAt = System.nanoTime();
    rest.join();

    stack.awaitAllProcessed(stream.size(), FaultStack.CATCH_UP);
    await("exact articles and counts").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(expected.differences(stack.es(), stack.names()))
            .as("differences from the expected articles and coverage counts").isEmpty());
    long recoveredMs = (System.nanoTime() - backAt) / 1_000_000;
    FaultStack.JobHealth after = stack.jobHealth();
    assertThat(after.state()).as("job state after the outage").isEqualTo("RUNNING");
    long recordsIn = stack.status().pipeline().get("articles_published");
    assertThat(recordsIn).as("records on the topic: none lost, none doubled by producer retries")
        .isEqualTo(stream.size());
    List<String> deadLetters = stack.deadLetterPayloads();
    assertThat(deadLetters).as("every broken record dead-lettered")
        .containsAll(stream.stream().filter(i -> i.article() == null).map(ArticleStream.Item::broken).toList());

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("records_in", recordsIn);
    figures.put("distinct_articles", expected.articleCount());
    figures.put("articles_indexed", stack.articlesIndexed());
    figures.put("coverage_rows_expected", expected.rowCount());
    figures.put("sent_during_outage", stream.size() - 2 * third);
    figures.put("indexed_before_outage", indexedBefore);
    figures.put("outage_ms", (backAt - downAt) / 1_000_000);
    figures.put("job_state_during_outage", during.state());
    figures.put("job_failures", after.failures());
    figures.put("dead_lettered", deadLetters.size());
    figures.put("dead_letter_duplicates", deadLetters.size() - deadLetters.stream().distinct().count());
    figures.put("recovered_ms", recoveredMs);
    FaultStack.report("kafka-outage", figures);
  }
}
