package vn.presswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletKind;
import vn.presswatch.ingest.health.HealthFlag;
import vn.presswatch.ingest.health.SourceHealth;
import vn.presswatch.ingest.publish.InMemoryArticleSink;
import vn.presswatch.ingest.testsupport.FakeClock;
import vn.presswatch.ingest.testsupport.SimplePageReader;
import vn.presswatch.ingest.testsupport.TestSettings;
import vn.presswatch.ingest.testsupport.TestWebServer;

class CrawlServiceTest {
  private static final String STORY = "Chiều 24/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị "
      + "05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. "
      + "Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy gắn việc học tập với giải quyết những vấn đề bức xúc ở cơ sở. "
      + "Theo báo cáo tại hội nghị, sau hai năm triển khai, toàn tỉnh đã có hơn 1.200 mô hình, điển hình học tập và "
      + "làm theo Bác được biểu dương, trong đó nhiều mô hình về cải cách hành chính, chuyển đổi số và giúp đỡ hộ "
      + "nghèo. Một số địa phương vẫn còn tình trạng học tập hình thức, chưa cụ thể hóa thành việc làm thiết thực. "
      + "Hội nghị thống nhất trong năm tới tập trung xây dựng chuẩn mực đạo đức công vụ, đề cao trách nhiệm nêu gương "
      + "của người đứng đầu, kiên quyết xử lý cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống. "
      + "Các cơ quan báo chí của tỉnh được giao mở chuyên mục tuyên truyền gương người tốt, việc tốt, góp phần bảo "
      + "vệ nền tảng tư tưởng của Đảng và đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng.";

  @TempDir Path home;
  private final TestWebServer web = new TestWebServer();
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T01:00:00Z"));
  private final InMemoryArticleSink sink = new InMemoryArticleSink();

  @AfterEach
  void stop() {
    web.close();
  }

  private CrawlService crawler(List<Outlet> outlets, String... settings) {
    Settings s = TestSettings.with(settings);
    return new CrawlService(s, outlets, home, sink, new SimplePageReader(), clock, clock.sleeper());
  }

  private Outlet outlet(String id, String... feedPaths) {
    List<Feed> feeds = java.util.Arrays.stream(feedPaths).map(p -> new Feed(web.url(p), null, null)).toList();
    return new Outlet(id, id, web.url("/"), "vi", OutletKind.PROVINCIAL, feeds, List.of(), null,
        Duration.ofMinutes(15));
  }

  private String rss(String... itemPaths) {
    StringBuilder items = new StringBuilder();
    for (String p : itemPaths) {
      items.append("<item><title>Tin ").append(p).append("</title><link>").append(web.url(p))
          .append("</link><pubDate>Tue, 24 Nov 2026 15:00:00 +0700</pubDate></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tin mới</title>"
        + "<link>" + web.url("/") + "</link><description>d</description>" + items + "</channel></rss>";
  }

  private void page(String path, String title, String body) {
    web.serve(path, "text/html; charset=utf-8", "<html><head><title>" + title + "</title></head><body><h1>" + title
        + "</h1><article><p>" + body + "</p></article></body></html>");
  }

  @Test
  void publishesEveryNewArticleOfAFeedWithItsFeedDateAndArchive() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", rss("/a.html", "/b.html"));
    page("/a.html", "Quán triệt Chỉ thị 05", STORY);
    page("/b.html", "Giá xăng giảm", "Giá xăng RON95 giảm 300 đồng mỗi lít từ 15 giờ chiều nay theo quyết định điều hành của liên Bộ Công Thương "
        + "và Tài chính; giá dầu diesel giữ nguyên.");
    try (CrawlService crawler = crawler(List.of(outlet("baotinh", "/rss.xml")))) {
      CrawlReport report = crawler.crawlOnce();
      assertThat(report.feedsPolled()).isEqualTo(1);
      assertThat(report.published()).isEqualTo(2);
    }
    Article a = sink.articles().stream().filter(x -> x.url().endsWith("/a.html")).findFirst().orElseThrow();
    assertThat(a.id()).isEqualTo(ArticleIds.forUrl(web.url("/a.html")));
    assertThat(a.outlet()).isEqualTo("baotinh");
    assertThat(a.title()).isEqualTo("Quán triệt Chỉ thị 05");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(a.fetchedAt()).isEqualTo(clock.instant());
    assertThat(a.fingerprint()).hasSize(16);
    assertThat(a.duplicateOf()).isNull();
    assertThat(a.warc()).matches("presswatch-.*\\.warc\\.gz#\\d+");
    assertThat(Files.list(home.resolve("warc"))).hasSize(1);
    assertThat(sink.health()).last().satisfies(h -> assertThat(h.flag()).isEqualTo(HealthFlag.OK));
  }

  @Test
  void crawlsARealVnExpressPageWithTheDefaultExtractor() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", rss("/suc-khoe/lymphoma-4954454.html?utm_source=rss"));
    web.serve("/suc-khoe/lymphoma-4954454.html", "text/html; charset=utf-8", ExtractingPageReaderTest.fundusPage());
    try (CrawlService crawler = new CrawlService(TestSettings.with(), List.of(outlet("vnexpress", "/rss.xml")), home,
        sink, new ExtractingPageReader(), clock, clock.sleeper())) {
      assertThat(crawler.crawlOnce().published()).isEqualTo(1);
    }
    Article a = sink.articles().get(0);
    assertThat(a.text()).contains("BS.CK2 Cao Thị Hồng");
    // the page declares its canonical URL on vnexpress.net; the id follows it, not the feed link
    assertThat(a.canonicalUrl()).isEqualTo(ExtractingPageReaderTest.FUNDUS_URL);
    assertThat(a.id()).isEqualTo(ArticleIds.forUrl(ExtractingPageReaderTest.FUNDUS_URL));
    assertThat(a.publishedAt()).isBefore(Instant.parse("2025-10-23T00:00:00Z"));
  }

  @Test
  void conditionalGetAndSeenUrlsSurviveARestart() throws Exception {
    web.route("/rss.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestWebServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        TestWebServer.send(ex, 200, "application/rss+xml", rss("/a.html").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    page("/a.html", "Tin A", STORY);
    try (CrawlService crawler = crawler(List.of(outlet("baotinh", "/rss.xml")))) {
      crawler.crawlOnce();
    }
    clock.advance(Duration.ofMinutes(10));
    try (CrawlService crawler = crawler(List.of(outlet("baotinh", "/rss.xml")))) {
      assertThat(crawler.crawlOnce().feedsPolled()).as("not due before its interval").isZero();
      clock.advance(Duration.ofMinutes(6));
      CrawlReport report = crawler.crawlOnce();
      assertThat(report.feedsPolled()).isEqualTo(1);
      assertThat(report.byReason()).containsEntry("not-modified", 1L);
    }
    assertThat(web.count("/a.html")).isEqualTo(1);
    assertThat(sink.articles()).hasSize(1);
  }

  @Test
  void aCrawlerKilledMidPassResumesFromTheStateSavedDuringThePass() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", rss("/1.html", "/2.html", "/3.html", "/4.html", "/5.html"));
    Path stateFile = vn.presswatch.ingest.state.CrawlState.fileIn(home);
    Path atKill = home.resolve("state-at-kill.json");
    for (int i = 1; i <= 5; i++) {
      String html = "<html><head><title>Tin " + i + "</title></head><body><article><p>" + STORY.replace("24/11",
          i + "/11") + "</p></article></body></html>";
      int n = i;
      web.route("/" + i + ".html", ex -> {
        if (n == 4) {
          // What a kill -9 at this moment would leave on disk.
          Files.copy(stateFile, atKill);
        }
        TestWebServer.send(ex, 200, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      });
    }
    try (CrawlService crawler = crawler(List.of(outlet("x", "/rss.xml")), "crawl.state-save-interval", "PT0S")) {
      crawler.crawlOnce();
    }
    Files.move(atKill, stateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    int firstRun = sink.articles().size();

    try (CrawlService restarted = crawler(List.of(outlet("x", "/rss.xml")))) {
      CrawlReport report = restarted.crawlOnce();
      assertThat(report.feedsPolled()).as("the interrupted feed is due again at once").isEqualTo(1);
      assertThat(report.byReason()).containsEntry("seen-before", 3L);
    }
    assertThat(firstRun).isEqualTo(5);
    assertThat(sink.articles().subList(firstRun, sink.articles().size())).extracting(Article::url)
        .containsExactly(web.url("/4.html"), web.url("/5.html"));
    assertThat(web.count("/1.html")).isEqualTo(1);
    assertThat(web.count("/4.html")).isEqualTo(2);
  }

  @Test
  void aPageTheSinkRefusesIsDeadLetteredAndTheSitesOtherPagesAreStillCrawled() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", rss("/1.html", "/2.html", "/3.html"));
    for (int i = 1; i <= 3; i++) {
      page("/" + i + ".html", "Tin " + i, STORY.replace("24/11", i + "/11"));
    }
    vn.presswatch.ingest.publish.ArticleSink refusing = new vn.presswatch.ingest.publish.ArticleSink() {
      @Override
      public void article(Article article) {
        if (article.url().endsWith("/2.html")) {
          throw new IllegalArgumentException("Invalid timestamp: -62135596800000");
        }
        sink.article(article);
      }

      @Override
      public void deadLetter(DeadLetter deadLetter) {
        sink.deadLetter(deadLetter);
      }

      @Override
      public void sourceHealth(SourceHealth health) {
        sink.sourceHealth(health);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    try (CrawlService crawler = new CrawlService(TestSettings.with(), List.of(outlet("x", "/rss.xml")), home,
        refusing, new SimplePageReader(), clock, clock.sleeper())) {
      assertThat(crawler.crawlOnce().byReason()).containsEntry("crawler-error", 1L);
    }
    assertThat(sink.articles()).extracting(Article::url).containsExactlyInAnyOrder(web.url("/1.html"),
        web.url("/3.html"));
    assertThat(sink.deadLetters()).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(web.url("/2.html"));
      assertThat(d.detail()).contains("Invalid timestamp");
    });
  }

  @Test
  void deferredItemsAreCrawledAtTheNextPollThoughTheFeedIsUnchanged() throws Exception {
    String body = rss("/1.html", "/2.html", "/3.html");
    web.route("/rss.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestWebServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        TestWebServer.send(ex, 200, "application/rss+xml", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    for (int i = 1; i <= 3; i++) {
      page("/" + i + ".html", "Tin " + i, STORY.replace("24/11", i + "/11").repeat(i));
    }
    try (CrawlService crawler = crawler(List.of(outlet("x", "/rss.xml")), "crawl.max-items-per-feed", "2")) {
      assertThat(crawler.crawlOnce().byReason()).containsEntry("deferred", 1L);
      clock.advance(Duration.ofMinutes(16));
      crawler.crawlOnce();
      clock.advance(Duration.ofMinutes(16));
      assertThat(crawler.crawlOnce().byReason()).containsEntry("not-modified", 1L);
    }
    assertThat(sink.articles()).hasSize(3);
    assertThat(web.count("/3.html")).isEqualTo(1);
  }

  @Test
  void aBrokenFeedIsDeadLetteredAndTheOthersFlowOn() throws Exception {
    web.serve("/broken.rss", "application/rss+xml", "<rss><channel><item><title>cắt ngang");
    web.serve("/html.rss", "text/html", "<!DOCTYPE html><html><body>Trang chủ</body></html>");
    web.serve("/good.rss", "application/rss+xml", rss("/a.html"));
    page("/a.html", "Tin A", STORY);
    try (CrawlService crawler = crawler(List.of(outlet("x", "/broken.rss", "/html.rss"), outlet("y", "/good.rss")))) {
      CrawlReport report = crawler.crawlOnce();
      assertThat(report.published()).isEqualTo(1);
      assertThat(report.byReason()).containsEntry("malformed-feed", 1L).containsEntry("not-a-feed", 1L);
      SourceHealth broken = crawler.state().health("x", web.url("/broken.rss")).orElseThrow();
      assertThat(broken.consecutiveFailures()).isEqualTo(1);
      assertThat(broken.lastError()).startsWith("malformed-feed");
    }
    assertThat(sink.deadLetters()).extracting(DeadLetter::stage, DeadLetter::reason, DeadLetter::url)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("feed", "malformed-feed", web.url("/broken.rss")),
            org.assertj.core.groups.Tuple.tuple("feed", "not-a-feed", web.url("/html.rss")));
    assertThat(sink.deadLetters().get(0).payload()).isNotEmpty();
  }

  @Test
  void aBrokenFeedWithAnEtagKeepsFailingInsteadOfTurningNotModified() throws Exception {
    web.route("/broken.rss", ex -> {
      if ("\"b1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestWebServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"b1\"");
        TestWebServer.send(ex, 200, "application/rss+xml", "<rss><chan".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    try (CrawlService crawler = crawler(List.of(outlet("x", "/broken.rss")))) {
      for (int i = 0; i < 3; i++) {
        crawler.crawlOnce();
        clock.advance(Duration.ofMinutes(16));
      }
      assertThat(crawler.state().health("x", web.url("/broken.rss")).orElseThrow().flag())
          .isEqualTo(HealthFlag.FAILING);
    }
    assertThat(sink.deadLetters()).hasSize(3);
  }

  @Test
  void badPagesAreDeadLetteredUnderTheirReason() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", rss("/missing.html", "/giant.html", "/empty.html", "/ok.html"));
    web.serve("/giant.html", "text/html", new byte[50_000]);
    web.serve("/empty.html", "text/html", "<html><body><h1>Chỉ có tiêu đề</h1></body></html>");
    page("/ok.html", "Tin tốt", STORY);
    try (CrawlService crawler = crawler(List.of(outlet("x", "/rss.xml")), "fetch.max-body-bytes", "20000")) {
      CrawlReport report = crawler.crawlOnce();
      assertThat(report.published()).isEqualTo(1);
      assertThat(report.deadLettered()).isEqualTo(3);
      assertThat(report.byReason()).containsEntry("http-404", 1L).containsEntry("too-large", 1L)
          .containsEntry("no-body", 1L);
      // dead-lettered pages that cannot improve are not fetched again at the next poll
      clock.advance(Duration.ofMinutes(20));
      crawler.crawlOnce();
      assertThat(web.count("/missing.html")).isEqualTo(1);
    }
  }

  @Test
  void aSyndicatedCopyIsPublishedAsADuplicateOfTheOriginal() throws Exception {
    web.serve("/a.rss", "application/rss+xml", rss("/a/original.html"));
    web.serve("/b.rss", "application/rss+xml", rss("/b/copy.html"));
    page("/a/original.html", "Quán triệt Chỉ thị 05", STORY);
    page("/b/copy.html", "Quán triệt Chỉ thị 05-CT/TW", STORY + " (Theo Báo tỉnh)");
    try (CrawlService crawler = crawler(List.of(outlet("a", "/a.rss")))) {
      crawler.crawlOnce();
    }
    try (CrawlService crawler = crawler(List.of(outlet("b", "/b.rss")))) {
      CrawlReport report = crawler.crawlOnce();
      assertThat(report.duplicates()).isEqualTo(1);
      assertThat(report.byReason()).containsEntry("duplicate", 1L);
    }
    assertThat(sink.articles()).hasSize(2);
    assertThat(sink.articles().get(1).duplicateOf()).isEqualTo(sink.articles().get(0).id());
  }

  @Test
  void robotsDisallowedPagesAreCountedAndDeadLettered() throws Exception {
    web.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    web.serve("/rss.xml", "application/rss+xml", rss("/private/a.html"));
    page("/private/a.html", "Bí mật", STORY);
    try (CrawlService crawler = crawler(List.of(outlet("x", "/rss.xml")))) {
      assertThat(crawler.crawlOnce().byReason()).containsEntry("robots-disallowed", 1L);
    }
    assertThat(web.count("/private/a.html")).isZero();
  }

  @Test
  void disabledFeedsAreNotFetchedButShowInHealth() throws Exception {
    Outlet outlet = new Outlet("qdnd", "QĐND", web.url("/"), "vi", OutletKind.CENTRAL,
        List.of(new Feed(web.url("/rss"), null, "302 redirect loop without a cookie")), List.of(), null, null);
    try (CrawlService crawler = crawler(List.of(outlet))) {
      assertThat(crawler.crawlOnce().feedsPolled()).isZero();
      assertThat(crawler.state().health("qdnd", web.url("/rss")).orElseThrow().flag())
          .isEqualTo(HealthFlag.DISABLED);
    }
    assertThat(sink.health()).extracting(SourceHealth::disabled).containsExactly("302 redirect loop without a cookie");
    assertThat(web.requests()).isEmpty();
  }

  @Test
  void backfillCrawlsThePeriodFromSitemapsAndSkipsPagesSeenBefore() throws Exception {
    web.serve("/sitemap-2019-1.xml", "application/xml", "<?xml version=\"1.0\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>" + web.url("/2019/a.html") + "</loc><lastmod>2019-01-10T09:00:00+07:00</lastmod></url>"
        + "<url><loc>" + web.url("/2019/b.html") + "</loc><lastmod>2019-01-11T09:00:00+07:00</lastmod></url>"
        + "</urlset>");
    page("/2019/a.html", "Hội nghị Trung ương", STORY);
    page("/2019/b.html", "Tin khác", STORY.replace("Chỉ thị", "Quy định").replace("Hồ Chí Minh", "Bác Hồ") + " Hết.");
    Outlet outlet = new Outlet("nhandan", "Nhân Dân", web.url("/"), "vi", OutletKind.CENTRAL, List.of(),
        List.of(web.url("/sitemap-{YYYY}-{M}.xml")), null, null);
    try (CrawlService crawler = crawler(List.of(outlet))) {
      CrawlReport report = crawler.backfill(java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 1, 31));
      assertThat(report.published()).isEqualTo(2);
      assertThat(crawler.counters().pagesDone()).isEqualTo(crawler.counters().pagesQueued()).isEqualTo(2);
      assertThat(crawler.backfill(java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 1, 31)).byReason())
          .containsEntry("seen-before", 2L);
    }
    assertThat(sink.articles()).extracting(Article::publishedAt).containsExactly(
        Instant.parse("2019-01-10T02:00:00Z"), Instant.parse("2019-01-11T02:00:00Z"));
  }

  @Test
  void runUntilStoppedPollsAgainWhenTheIntervalHasPassed() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", rss());
    try (CrawlService crawler = crawler(List.of(outlet("x", "/rss.xml")))) {
      crawler.runUntilStopped(() -> web.count("/rss.xml") >= 3);
    }
    assertThat(web.count("/rss.xml")).isEqualTo(3);
    assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
  }
}
