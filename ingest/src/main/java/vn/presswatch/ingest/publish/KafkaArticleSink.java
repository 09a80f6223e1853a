package vn.presswatch.ingest.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.Topics;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleCodec;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.core.json.Json;
import vn.presswatch.ingest.health.SourceHealth;

/**
 * Publishes to Kafka with an idempotent producer ({@code acks=all}, {@code enable.idempotence=true}): articles to
 * {@link Topics#ARTICLES} as {@link ArticleCodec} JSON keyed by article id with the publication time as record
 * timestamp; dead letters to {@link Topics#DEAD_LETTER} keyed by source; health to {@link Topics#SOURCE_HEALTH}
 * keyed by {@code outlet feed-url}. The record timestamp is clamped to the epoch and the present ({@link
 * #recordTimestamp}); the article keeps its own date. A failed send is logged and re-thrown at the next {@link #flush()}, so a crawl
 * never reports success for records that were lost.
 */
public final class KafkaArticleSink implements ArticleSink {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleSink.class);

  private final KafkaProducer<byte[], byte[]> producer;
  private final String articles;
  private final String deadLetters;
  private final String health;
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  /**
   * @param bootstrapServers Kafka bootstrap servers, {@code host:port[,host:port]}
   * @param topicPrefix prefix of every topic name ({@code kafka.topic-prefix}), may be empty
   * @param extraProperties further producer properties (security, tuning); they cannot turn idempotence off
   */
  public KafkaArticleSink(String bootstrapServers, String topicPrefix, Map<String, Object> extraProperties) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers are required (--kafka or kafka.bootstrap-servers)");
    }
    Map<String, Object> props = new HashMap<>(extraProperties == null ? Map.of() : extraProperties);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "presswatch-crawler");
    Properties properties = new Properties();
    properties.putAll(props);
    this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    this.articles = Topics.named(topicPrefix, Topics.ARTICLES);
    this.deadLetters = Topics.named(topicPrefix, Topics.DEAD_LETTER);
    this.health = Topics.named(topicPrefix, Topics.SOURCE_HEALTH);
  }

  @Override
  public void article(Article article) {
    send(new ProducerRecord<>(articles, null, recordTimestamp(article.publishedAt(), System.currentTimeMillis()),
        utf8(article.id()), ArticleCodec.toBytes(article)), article.url());
  }

  /**
   * The Kafka timestamp of an article record: its publication time, but never before the epoch (the producer refuses
   * negative timestamps) nor after {@code nowMillis} (brokers refuse timestamps more than {@code
   * log.message.timestamp.after.max.ms}, one hour by default, ahead). Without the clamp one page claiming the year 1
   * or 2999 failed the whole crawl pass, at every restart. The coverage job judges the article's own date.
   */
  static long recordTimestamp(java.time.Instant publishedAt, long nowMillis) {
    if (publishedAt.getEpochSecond() < 0) {
      return 0;
    }
    return publishedAt.isAfter(java.time.Instant.ofEpochMilli(nowMillis)) ? nowMillis : publishedAt.toEpochMilli();
  }

  @Override
  public void deadLetter(DeadLetter deadLetter) {
    send(new ProducerRecord<>(deadLetters, null, deadLetter.at().toEpochMilli(),
        utf8(Objects.requireNonNullElse(deadLetter.source(), deadLetter.stage())), deadLetter.toBytes()),
        deadLetter.url());
  }

  @Override
  public void sourceHealth(SourceHealth h) {
    try {
      send(new ProducerRecord<>(health, utf8(h.outlet() + " " + h.feed()), Json.mapper().writeValueAsBytes(h)),
          h.feed());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise source health of " + h.feed(), e);
    }
  }

  private void send(ProducerRecord<byte[], byte[]> record, String url) {
    producer.send(record, (metadata, e) -> {
      if (e != null) {
        LOG.error("Kafka send to {} failed for {}: {}", record.topic(), url, e.toString());
        failure.compareAndSet(null, e);
      }
    });
  }

  /**
   * @throws IllegalStateException when any send since the last flush failed
   */
  @Override
  public void flush() {
    producer.flush();
    Exception e = failure.getAndSet(null);
    if (e != null) {
      throw new IllegalStateException("publishing to Kafka failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
