package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletKind;
import vn.presswatch.ingest.CrawlReport;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.ingest.replay.ReplayServer;
import vn.presswatch.ingest.testsupport.TestWebServer;

/**
 * Issue #8, "a soak run of hostile inputs": seeded fuzz of feeds and pages (truncated XML, lying charsets, entity
 * bombs, huge items, invalid dates, HTML served as RSS; binary, huge, deeply nested, truncated pages, wrong types,
 * redirect loops, 404, 500, slow answers) crawled by the real crawler, and bad records written straight to the
 * articles topic (not JSON, missing fields, wrong schema version, wrong types, huge values, future dates), mixed with
 * good articles, through Kafka, the coverage job on Flink and Elasticsearch. Every input must end up accounted for:
 * a good article indexed, a bad one in the dead-letter topic and index with its reason; the job must never fail.
 */
class HostileInputsSoakIT {
  private static final Logger LOG = LoggerFactory.getLogger(HostileInputsSoakIT.class);
  /** Change it to explore; a failure names it, so the same inputs reproduce. */
  static final long SEED = 20261125L;
  static final int GOOD_CRAWLED = 100;
  static final int GOOD_DIRECT = 100;
  static final int HOSTILE_PAGES = 120;
  static final int HOSTILE_FEEDS = 24;
  static final int BAD_RECORDS = 120;
  static final Instant FETCHED = Instant.parse("2026-11-25T00:00:00Z");

  @TempDir static Path dir;
  static Pipeline pipeline;
  static ElasticsearchClient es;

  @BeforeAll
  static void start() {
    pipeline = TestPipelines.start(dir.resolve("home"));
    es = pipeline.elasticsearch().client();
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  /**
   * What must become of one input.
   *
   * @param kind the fuzz kind, for messages and figures
   * @param where the URL (crawled inputs) or {@code topic/partition@offset} (records) the dead letter names
   * @param articleId the article it would be indexed as, null when it cannot be an article
   * @param reasons the dead-letter reasons it may get; empty when it may also pass as an article
   */
  record Expectation(String kind, String where, String articleId, Set<String> reasons) {
    boolean mustBeDeadLettered() {
      return !reasons.isEmpty();
    }
  }

  private final Random random = new Random(SEED);
  private final BenchCorpus corpus = ArticleSite.corpus();
  private final List<Expectation> hostile = new ArrayList<>();
  private final List<Article> good = new ArrayList<>();
  private long nextText = 0;

  private Article nextArticle() {
    return corpus.article(nextText++, 2, FETCHED);
  }

  @Test
  void everyHostileInputIsDeadLetteredWithItsReasonAndEveryGoodArticleIsIndexed() throws Exception {
    long started = System.nanoTime();
    List<Article> crawledGood = new ArrayList<>();
    for (int i = 0; i < GOOD_CRAWLED; i++) {
      crawledGood.add(nextArticle());
    }
    good.addAll(crawledGood);
    ArticleSite site = ArticleSite.write(dir.resolve("site"), crawledGood, 60);
    CrawlReport report;
    try (ReplayServer replay = ReplayServer.start(site.dir());
        TestWebServer web = new TestWebServer()) {
      List<Outlet> outlets = new ArrayList<>(replay.outlets());
      outlets.add(outlet("hostile-pages", hostilePages(web)));
      outlets.add(outlet("hostile-feeds", hostileFeeds(web)));
      Settings settings = Settings.defaults().with(Map.of(
          "fetch.allow-private-addresses", "true",
          "fetch.crawl-delay", "PT0S",
          "fetch.request-timeout", "PT5S",
          "fetch.retries", "1",
          "fetch.retry-backoff", "PT0.05S",
          "fetch.max-body-bytes", "1048576",
          "crawl.warc", "false"), "soak");
      try (KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(), "", Map.of());
          CrawlService crawler = new CrawlService(settings, outlets, dir.resolve("crawler"), sink)) {
        report = crawler.crawlOnce();
      }
    }
    writeRecordsStraightToTheTopic();
    TestPipelines.awaitProcessed(pipeline, Duration.ofSeconds(90));
    // The dead letters are indexed by a second source: wait until the index holds all of them.
    List<ConsumerRecord<byte[], byte[]>> letters = TestPipelines.readAll(pipeline, Topics.DEAD_LETTER);
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
      es.indices().refresh(r -> r.index("presswatch-*"));
      return es.count(c -> c.index("presswatch-dead-letter")).count() >= letters.size();
    });
    pipeline.ensureJobAlive();

    Map<String, List<JsonNode>> lettersByWhere = new HashMap<>();
    Map<String, Integer> byReason = new TreeMap<>();
    for (ConsumerRecord<byte[], byte[]> r : letters) {
      JsonNode letter = Json.mapper().readTree(r.value());
      assertThat(letter.path("reason").asText()).as("reason of %s", letter).isNotBlank();
      assertThat(letter.path("detail").asText()).as("detail of %s", letter).isNotBlank();
      byReason.merge(letter.path("stage").asText() + "/" + letter.path("reason").asText(), 1, Integer::sum);
      lettersByWhere.computeIfAbsent(letter.path("url").asText(), u -> new ArrayList<>()).add(letter);
      // The coverage job names a record by its topic position; a crawled article is found by the id in its payload.
      String payloadId = articleIdIn(letter.path("payload").asText());
      if (payloadId != null) {
        lettersByWhere.computeIfAbsent(payloadId, u -> new ArrayList<>()).add(letter);
      }
    }
    Map<String, Long> kinds = hostile.stream().collect(Collectors.groupingBy(Expectation::kind, TreeMap::new,
        Collectors.counting()));
    long indexed = es.count(c -> c.index("presswatch-articles")).count();
    LOG.info("soak seed {}: {} good, {} hostile {}; crawl {}; indexed {}; dead letters {} {}; took {} s", SEED,
        good.size(), hostile.size(), kinds, report.byReason(), indexed, letters.size(), byReason,
        (System.nanoTime() - started) / 1_000_000_000);

    Set<String> indexedIds = es.search(s -> s.index("presswatch-articles").size(10_000).source(f -> f.fetch(false)),
        JsonNode.class).hits().hits().stream().map(h -> h.id()).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Article a : good) {
      if (!indexedIds.contains(a.id())) {
        problems.add("good article not indexed: " + a.canonicalUrl());
      }
    }
    Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
    for (Expectation e : hostile) {
      List<JsonNode> mine = new ArrayList<>(lettersByWhere.getOrDefault(e.where(), List.of()));
      if (e.articleId() != null) {
        mine.addAll(lettersByWhere.getOrDefault(e.articleId(), List.of()));
      }
      boolean isIndexed = e.articleId() != null && indexedIds.contains(e.articleId());
      String outcome = isIndexed ? "indexed" : mine.isEmpty() ? "LOST"
          : mine.get(0).path("stage").asText() + "/" + mine.get(0).path("reason").asText();
      outcomes.computeIfAbsent(e.kind(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
      if (e.mustBeDeadLettered()) {
        if (mine.stream().noneMatch(l -> e.reasons().contains(l.path("reason").asText()))) {
          problems.add(e.kind() + " " + e.where() + ": expected a dead letter " + e.reasons() + ", got " + mine);
        }
        if (isIndexed) {
          problems.add(e.kind() + " " + e.where() + ": indexed although it must be dead-lettered");
        }
      } else if (mine.isEmpty() && !isIndexed) {
        problems.add(e.kind() + " " + e.where() + ": neither indexed nor dead-lettered (silently lost)");
      }
    }
    LOG.info("soak seed {}: outcome per kind {}", SEED, outcomes);
    assertThat(problems).as("seed %d", SEED).isEmpty();
    assertThat(es.count(c -> c.index("presswatch-dead-letter")).count()).as("dead-letter index")
        .isEqualTo(letters.size());
    long hostileIndexed = indexed - good.size();
    assertThat(hostileIndexed).as("articles indexed beyond the good ones come from may-pass inputs")
        .isBetween(0L, hostile.stream().filter(e -> !e.mustBeDeadLettered()).count());
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(150));
  }

  private static String articleIdIn(String payload) {
    try {
      JsonNode id = Json.mapper().readTree(payload).path("id");
      return id.isTextual() ? id.asText() : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static Outlet outlet(String id, List<String> feeds) {
    return new Outlet(id, id, "https://" + id + ".example/", "vi", OutletKind.CENTRAL,
        feeds.stream().map(f -> new Feed(f, null, null)).toList(), List.of(), null, Duration.ofMinutes(15));
  }

  // ---- hostile pages, listed by well-formed feeds ----

  private List<String> hostilePages(TestWebServer web) {
    List<String> feeds = new ArrayList<>();
    List<String> links = new ArrayList<>();
    int slow = 0;
    for (int i = 0; i < HOSTILE_PAGES; i++) {
      String path = "/p/" + i + ".html";
      String url = web.url(path);
      int kind = random.nextInt(12);
      if (kind == 11 && slow++ >= 2) {
        kind = random.nextInt(11);
      }
      Article a = nextArticle();
      String html = ArticleSite.page(a);
      String id = ArticleIds.forUrl(a.canonicalUrl());
      switch (kind) {
        case 0 -> expect("page-404", url, null, "http-404");
        case 1 -> {
          web.serve(path, 500, "text/html", "<h1>Lỗi máy chủ</h1>".getBytes(StandardCharsets.UTF_8));
          expect("page-500", url, null, "http-5xx");
        }
        case 2 -> {
          web.route(path, ex -> {
            ex.getResponseHeaders().set("Location", path + "x");
            TestWebServer.send(ex, 302, null, new byte[0]);
          });
          web.route(path + "x", ex -> {
            ex.getResponseHeaders().set("Location", path);
            TestWebServer.send(ex, 302, null, new byte[0]);
          });
          expect("page-redirect-loop", url, null, "redirect-loop", "too-many-redirects");
        }
        case 3 -> {
          byte[] garbage = new byte[1000 + random.nextInt(20_000)];
          random.nextBytes(garbage);
          web.serve(path, 200, "text/html; charset=utf-8", garbage);
          expect("page-binary", url, null, "not-html");
        }
        case 4 -> {
          web.serve(path, 200, "image/png", html.getBytes(StandardCharsets.UTF_8));
          expect("page-wrong-type", url, null, "not-html");
        }
        case 5 -> {
          web.serve(path, 200, "text/html; charset=utf-8", html.replace("</article>",
              "<p>" + "Đảng ".repeat(260_000) + "</p></article>").getBytes(StandardCharsets.UTF_8));
          expect("page-huge", url, null, "too-large");
        }
        case 6 -> {
          web.serve(path, 200, "text/html; charset=utf-8", new byte[0]);
          expect("page-empty", url, null, "no-body", "not-html");
        }
        case 7 -> {
          int depth = 2_000 + random.nextInt(30_000);
          web.serve(path, 200, "text/html; charset=utf-8", html.replace("<article>",
              "<div>".repeat(depth) + "<article>").getBytes(StandardCharsets.UTF_8));
          mayPass("page-deeply-nested", url, id);
        }
        case 8 -> {
          byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
          web.serve(path, 200, "text/html; charset=utf-8",
              java.util.Arrays.copyOf(bytes, bytes.length / 4 + random.nextInt(bytes.length / 2)));
          mayPass("page-truncated", url, id);
        }
        case 9 -> {
          web.serve(path, 200, "text/html; charset=windows-1258",
              html.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1258\">")
                  .getBytes(StandardCharsets.UTF_8));
          mayPass("page-lying-charset", url, id);
        }
        case 10 -> {
          web.serve(path, 200, "text/html; charset=utf-8", html.replace(a.publishedAt().toString(),
              random.nextBoolean() ? "0001-01-01T00:00:00Z" : "2999-12-31T23:59:59Z").getBytes(StandardCharsets.UTF_8));
          // The crawler publishes it (the page is readable); the coverage job refuses the date.
          expect("page-absurd-date", url, id, "invalid-article");
        }
        default -> {
          web.route(path, ex -> {
            try {
              Thread.sleep(12_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            TestWebServer.send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
          });
          expect("page-slow", url, null, "timeout");
        }
      }
      links.add(url);
      if (links.size() == 40 || i == HOSTILE_PAGES - 1) {
        String feed = "/feeds/pages-" + feeds.size() + ".rss";
        web.serve(feed, 200, "application/rss+xml; charset=utf-8", rssOf(links, "Mon, 27 May 2019 08:00:00 +0700")
            .getBytes(StandardCharsets.UTF_8));
        feeds.add(web.url(feed));
        links.clear();
      }
    }
    return feeds;
  }

  // ---- hostile feeds ----

  private List<String> hostileFeeds(TestWebServer web) {
    List<String> feeds = new ArrayList<>();
    for (int i = 0; i < HOSTILE_FEEDS; i++) {
      String path = "/f/" + i + ".rss";
      String url = web.url(path);
      feeds.add(url);
      Article listed = nextArticle();
      String pagePath = "/g/" + i + ".html";
      String goodRss = rssOf(List.of(web.url(pagePath)), "Mon, 27 May 2019 08:00:00 +0700");
      switch (random.nextInt(8)) {
        case 0 -> {
          byte[] bytes = goodRss.getBytes(StandardCharsets.UTF_8);
          web.serve(path, 200, "application/rss+xml", java.util.Arrays.copyOf(bytes, 20 + random.nextInt(
              bytes.length - 60)));
          expect("feed-truncated", url, null, "malformed-feed", "not-a-feed");
        }
        case 1 -> {
          web.serve(path, 200, "application/rss+xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
              + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
              + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
              + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
              + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
              + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">]>"
              + "<rss version=\"2.0\"><channel><title>&lol6;</title><item><title>x</title><link>" + web.url(pagePath)
              + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
          expect("feed-entity-bomb", url, null, "malformed-feed", "not-a-feed");
        }
        case 2 -> {
          web.serve(path, 200, "text/html; charset=utf-8", ArticleSite.page(listed).getBytes(StandardCharsets.UTF_8));
          expect("feed-is-html", url, null, "not-a-feed", "malformed-feed");
        }
        case 3 -> {
          web.serve(path, 500, "application/rss+xml", new byte[0]);
          expect("feed-500", url, null, "http-5xx");
        }
        case 4 -> {
          // Declares Latin-1, is UTF-8: the document's declaration wins, the titles are garbled, the links are fine.
          web.serve(path, 200, "application/rss+xml; charset=utf-16", goodRss.replace("encoding=\"UTF-8\"",
              "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.UTF_8));
          goodListedPage(web, pagePath, listed, true, "feed-lying-charset");
        }
        case 5 -> {
          String date = List.of("32/13/2019 25:61", "không rõ ngày", "Mon, 01 Jan 0001 00:00:00 GMT",
              "9999-12-31T23:59:59Z", "", "1558915200000").get(random.nextInt(6));
          web.serve(path, 200, "application/rss+xml", rssOf(List.of(web.url(pagePath)), date)
              .getBytes(StandardCharsets.UTF_8));
          // The page has no date of its own: the feed's (invalid) one, or the fetch time, must do.
          goodListedPage(web, pagePath, listed, false, "feed-invalid-date");
        }
        case 6 -> {
          web.serve(path, 200, "application/rss+xml", goodRss.replace("<title>Tin</title>",
              "<title>Tin</title><description>" + "Nội dung rất dài. ".repeat(20_000 + random.nextInt(20_000))
                  + "</description>").getBytes(StandardCharsets.UTF_8));
          goodListedPage(web, pagePath, listed, true, "feed-huge-item");
        }
        default -> {
          byte[] garbage = new byte[500 + random.nextInt(5_000)];
          random.nextBytes(garbage);
          web.serve(path, 200, "application/rss+xml", garbage);
          expect("feed-binary", url, null, "malformed-feed", "not-a-feed", "bad-encoding");
        }
      }
    }
    return feeds;
  }

  /** A good page listed by a hostile but readable feed: it must be indexed like any good article. */
  private void goodListedPage(TestWebServer web, String path, Article a, boolean withDate, String kind) {
    String html = ArticleSite.page(a);
    if (!withDate) {
      html = html.replaceAll("<meta property=\"article:published_time\"[^>]*>", "");
    }
    web.serve(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    mayPass(kind, web.url(path), ArticleIds.forUrl(a.canonicalUrl()));
  }

  private static String rssOf(List<String> links, String pubDate) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Tin mới</title><link>https://example.vn/</link><description>d</description>\n");
    for (String link : links) {
      rss.append("<item><title>Tin</title><link>").append(link).append("</link><pubDate>").append(pubDate)
          .append("</pubDate></item>\n");
    }
    return rss.append("</channel></rss>\n").toString();
  }

  // ---- records written straight to the articles topic ----

  private void writeRecordsStraightToTheTopic() throws Exception {
    List<Article> direct = new ArrayList<>();
    for (int i = 0; i < GOOD_DIRECT; i++) {
      direct.add(nextArticle());
    }
    good.addAll(direct);
    Map<byte[], String> bad = new LinkedHashMap<>();
    List<String> badKinds = new ArrayList<>();
    List<String> badIds = new ArrayList<>();
    for (int i = 0; i < BAD_RECORDS; i++) {
      Article a = nextArticle();
      String json = ArticleCodec.toJson(a);
      int kind = random.nextInt(10);
      byte[] value;
      String id = null;
      String name;
      switch (kind) {
        case 0 -> {
          value = new byte[1 + random.nextInt(2_000)];
          random.nextBytes(value);
          name = "record-not-json";
        }
        case 1 -> {
          value = json.substring(0, 1 + random.nextInt(json.length() - 2)).getBytes(StandardCharsets.UTF_8);
          name = "record-truncated-json";
        }
        case 2 -> {
          String field = List.of("id", "outlet", "published_at").get(random.nextInt(3));
          value = json.replaceFirst("\"" + field + "\":(\"[^\"]*\"|null),?", "").getBytes(StandardCharsets.UTF_8);
          name = "record-missing-" + field;
        }
        case 3 -> {
          value = json.replace("\"schema_version\":1", "\"schema_version\":" + (2 + random.nextInt(98)))
              .getBytes(StandardCharsets.UTF_8);
          name = "record-newer-schema";
        }
        case 4 -> {
          value = json.replaceFirst("\"published_at\":\"[^\"]*\"", "\"published_at\":\"hôm qua\"")
              .getBytes(StandardCharsets.UTF_8);
          name = "record-wrong-type";
        }
        case 5 -> {
          value = List.of("[]", "42", "\"bài báo\"", "null", "{}", "").get(random.nextInt(6))
              .getBytes(StandardCharsets.UTF_8);
          name = "record-not-an-object";
        }
        case 6 -> {
          value = json.replace(a.publishedAt().toString(), "2099-01-0" + (1 + random.nextInt(9)) + "T00:00:00Z")
              .getBytes(StandardCharsets.UTF_8);
          name = "record-future-date";
        }
        case 7 -> {
          value = json.replace("\"schema_version\":1", "\"schema_version\":" + (random.nextBoolean() ? 0 : -1))
              .getBytes(StandardCharsets.UTF_8);
          name = "record-unknown-old-schema";
        }
        case 8 -> {
          // A headline longer than any keyword Elasticsearch can index.
          value = json.replace("\"title\":\"", "\"title\":\"" + "Tiêu đề dài ".repeat(3_000 + random.nextInt(3_000)))
              .getBytes(StandardCharsets.UTF_8);
          id = a.id();
          name = "record-huge-title";
        }
        default -> {
          value = json.replace("\"text\":\"", "\"text\":\"" + "Văn bản rất dài của bài viết. ".repeat(
              5_000 + random.nextInt(10_000))).getBytes(StandardCharsets.UTF_8);
          id = a.id();
          name = "record-huge-text";
        }
      }
      bad.put(value, name);
      badKinds.add(name);
      badIds.add(id);
    }
    // Good and bad interleaved, as a real topic would hold them.
    List<Object> all = new ArrayList<>(direct);
    all.addAll(bad.keySet());
    java.util.Collections.shuffle(all, random);
    Map<Object, RecordMetadata> written = new HashMap<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
        pipeline.stack().kafka(), "max.request.size", 4_000_000), new ByteArraySerializer(),
        new ByteArraySerializer())) {
      for (Object o : all) {
        ProducerRecord<byte[], byte[]> r = o instanceof Article a
            ? new ProducerRecord<>(Topics.ARTICLES, a.id().getBytes(StandardCharsets.UTF_8), ArticleCodec.toBytes(a))
            : new ProducerRecord<>(Topics.ARTICLES, null, "null".equals(new String((byte[]) o,
                StandardCharsets.UTF_8)) ? null : (byte[]) o);
        written.put(o, producer.send(r).get());
      }
    }
    int i = 0;
    for (byte[] value : bad.keySet()) {
      RecordMetadata m = written.get(value);
      String where = m.topic() + "/" + m.partition() + "@" + m.offset();
      String name = badKinds.get(i);
      String id = badIds.get(i++);
      if (id != null) {
        mayPass(name, where, id);
      } else {
        expect(name, where, null, "invalid-article");
      }
    }
  }

  private void expect(String kind, String where, String articleId, String... reasons) {
    hostile.add(new Expectation(kind, where, articleId, Set.of(reasons)));
  }

  private void mayPass(String kind, String where, String articleId) {
    hostile.add(new Expectation(kind, where, articleId, Set.of()));
  }
}
