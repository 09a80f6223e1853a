package vn.presswatch.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.Topics;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleCodec;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.infra.embedded.EmbeddedKafka;

/** The crawler's producer against a real KRaft broker: keys, timestamps, topics, prefix and failure reporting. */
class KafkaArticleSinkIT {
  @TempDir static Path dir;
  static EmbeddedKafka kafka;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start(dir, 0);
    kafka.createTopics(List.of("it." + Topics.ARTICLES, "it." + Topics.DEAD_LETTER, "it." + Topics.SOURCE_HEALTH), 1);
  }

  @AfterAll
  static void stop() {
    kafka.close();
  }

  static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int expected) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    p.put("group.id", "it-" + topic);
    p.put("auto.offset.reset", "earliest");
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(300)).forEach(records::add);
      }
    }
    return records;
  }

  static Article article(String url, String text) {
    return new Article(Article.SCHEMA_VERSION, ArticleIds.forUrl(url), "nhandan", url, url,
        "Xây dựng, chỉnh đốn Đảng", "Sapo", text, null, null, List.of(), "vi",
        Instant.parse("2019-05-28T10:47:00Z"), null, Instant.parse("2026-11-25T00:00:00Z"), "f", null, null);
  }

  @Test
  void articlesAreKeyedByIdWithThePublicationTimeAsRecordTimestamp() {
    Article a = article("https://nhandan.vn/xay-dung-dang/a-1.html", "Thân bài");
    try (KafkaArticleSink sink = new KafkaArticleSink(kafka.bootstrapServers(), "it.", Map.of())) {
      sink.article(a);
      sink.deadLetter(new DeadLetter("feed", "malformed-feed", "Invalid XML", "nhandan", "https://x/rss", "<rss",
          Instant.now()));
      sink.flush();
    }
    ConsumerRecord<byte[], byte[]> record = readAll("it." + Topics.ARTICLES, 1).get(0);
    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(a.id());
    assertThat(record.timestamp()).isEqualTo(a.publishedAt().toEpochMilli());
    assertThat(ArticleCodec.fromBytes(record.value())).isEqualTo(a);
    ConsumerRecord<byte[], byte[]> letter = readAll("it." + Topics.DEAD_LETTER, 1).get(0);
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).contains("\"reason\":\"malformed-feed\"");
  }

  @Test
  void aRecordTheBrokerRefusesMakesFlushFailInsteadOfVanishing() {
    // Larger than the broker's message.max.bytes (1 MiB by default), but allowed by this producer.
    Article huge = article("https://nhandan.vn/huge.html", "x".repeat(2_000_000));
    try (KafkaArticleSink sink = new KafkaArticleSink(kafka.bootstrapServers(), "it.",
        Map.of("max.request.size", 4_000_000))) {
      sink.article(huge);
      assertThatThrownBy(sink::flush).isInstanceOf(IllegalStateException.class);
    }
  }
}
