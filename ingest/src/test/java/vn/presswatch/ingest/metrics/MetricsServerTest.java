package vn.presswatch.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletKind;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.publish.InMemoryArticleSink;
import vn.presswatch.ingest.testsupport.FakeClock;
import vn.presswatch.ingest.testsupport.SimplePageReader;
import vn.presswatch.ingest.testsupport.TestSettings;
import vn.presswatch.ingest.testsupport.TestWebServer;

class MetricsServerTest {
  private static final String BODY = "Hội nghị quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và "
      + "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được tổ chức sáng nay tại hội trường Tỉnh ủy với sự tham "
      + "dự của các đồng chí trong Ban Thường vụ.";

  @TempDir Path home;
  private final TestWebServer web = new TestWebServer();
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T01:00:00Z"));

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void servesTheCrawlersCountersAndEverySourcesHealthInPrometheusTextFormat() throws Exception {
    web.serve("/rss.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t"
        + "</title><link>" + web.url("/") + "</link><description>d</description><item><title>Tin</title><link>"
        + web.url("/a.html") + "</link><pubDate>Tue, 24 Nov 2026 15:00:00 +0700</pubDate></item></channel></rss>");
    web.serve("/a.html", "text/html; charset=utf-8",
        "<html><head><title>Tin</title></head><body><article><p>" + BODY + "</p></article></body></html>");
    List<Feed> feeds = List.of(new Feed(web.url("/rss.xml"), null, null), new Feed(web.url("/gone.xml"), null, null),
        new Feed(web.url("/old.xml"), null, "feed removed \"2024\""));
    Outlet outlet = new Outlet("baotinh", "Báo tỉnh", web.url("/"), "vi", OutletKind.PROVINCIAL, feeds, List.of(),
        null, Duration.ofMinutes(15));
    Settings settings = TestSettings.with("crawl.failing-after", "1", "fetch.retries", "0");

    try (CrawlService crawler = new CrawlService(settings, List.of(outlet), home, new InMemoryArticleSink(),
            new SimplePageReader(), clock, clock.sleeper());
        MetricsServer server = MetricsServer.start(0, CrawlMetrics.of(crawler, List.of(outlet), settings, clock))) {
      crawler.crawlOnce();

      HttpResponse<String> scrape = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type")).hasValue(MetricsServer.CONTENT_TYPE);
      String feed = "outlet=\"baotinh\",feed=\"" + web.url("/rss.xml") + "\"";
      assertThat(scrape.body().lines()).contains(
          "# TYPE presswatch_crawl_published_total counter",
          "presswatch_crawl_published_total 1",
          "presswatch_crawl_feeds_fetched_total 1",
          "presswatch_crawl_diverted_total{reason=\"http-404\"} 1",
          "presswatch_crawl_dead_letters_total 1",
          "presswatch_sources{flag=\"OK\"} 1",
          "presswatch_sources{flag=\"FAILING\"} 1",
          "presswatch_sources{flag=\"DISABLED\"} 1",
          "presswatch_sources{flag=\"SILENT\"} 0",
          "presswatch_source_flag{" + feed + ",flag=\"OK\"} 1",
          "presswatch_source_flag{outlet=\"baotinh\",feed=\"" + web.url("/gone.xml") + "\",flag=\"FAILING\"} 1",
          "presswatch_source_consecutive_failures{outlet=\"baotinh\",feed=\"" + web.url("/gone.xml") + "\"} 1",
          "presswatch_source_items_per_day{" + feed + "} 1",
          "presswatch_source_last_success_timestamp_seconds{" + feed + "} " + clock.instant().getEpochSecond());
    }
  }

  @Test
  void answersOnlyGetAndHead() throws Exception {
    CrawlMetrics empty = new CrawlMetrics(new vn.presswatch.ingest.CrawlCounters(), List::of);
    try (MetricsServer server = MetricsServer.start(0, empty)) {
      HttpResponse<String> post = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
              .POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
    }
  }

  @Test
  void escapesLabelValuesAsTheTextFormatRequires() {
    assertThat(CrawlMetrics.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
  }
}
