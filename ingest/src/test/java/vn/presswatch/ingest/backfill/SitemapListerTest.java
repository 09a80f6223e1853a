package vn.presswatch.ingest.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.ingest.fetch.FetchSettings;
import vn.presswatch.ingest.fetch.PoliteFetcher;
import vn.presswatch.ingest.testsupport.FakeClock;
import vn.presswatch.ingest.testsupport.TestSettings;
import vn.presswatch.ingest.testsupport.TestWebServer;

class SitemapListerTest {
  private final TestWebServer web = new TestWebServer();
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T00:00:00Z"));
  private final List<String> events = new ArrayList<>();
  private final SitemapLister.Listener listener = new SitemapLister.Listener() {
    @Override
    public void sitemapFailed(String sitemapUrl, String reason, String detail) {
      events.add(reason + " " + sitemapUrl);
    }

    @Override
    public void skipped(String url, String reason) {
      events.add(reason + " " + url);
    }
  };

  @AfterEach
  void stop() {
    web.close();
  }

  private SitemapLister lister() {
    return new SitemapLister(new PoliteFetcher(FetchSettings.from(TestSettings.with()), clock, clock.sleeper()), 50);
  }

  @Test
  void walksAnIndexAndKeepsGoogleNewsUrlsOfThePeriod() throws Exception {
    web.serve("/sitemap.xml", "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>%s</loc><lastmod>2019-03-01</lastmod></sitemap>
          <sitemap><loc>%s</loc><lastmod>2018-01-01</lastmod></sitemap>
        </sitemapindex>""".formatted(web.url("/news-2019.xml"), web.url("/old.xml")));
    web.serve("/news-2019.xml", "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>%s</loc><news:news><news:publication><news:name>Nhân Dân</news:name>
            <news:language>vi</news:language></news:publication>
            <news:publication_date>2019-01-15T08:00:00+07:00</news:publication_date>
            <news:title>Hội nghị Trung ương 9</news:title></news:news></url>
          <url><loc>%s</loc><lastmod>2019-07-02</lastmod></url>
          <url><loc>%s</loc></url>
        </urlset>""".formatted(web.url("/a.html"), web.url("/late.html"), web.url("/undated.html")));
    List<SitemapLister.Listed> listed = lister().list(List.of(web.url("/sitemap.xml")),
        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30), listener);
    assertThat(listed).containsExactly(
        new SitemapLister.Listed(web.url("/a.html"), Instant.parse("2019-01-15T01:00:00Z")));
    assertThat(events).containsExactlyInAnyOrder("outside-period " + web.url("/late.html"),
        "undated-in-sitemap " + web.url("/undated.html"));
    assertThat(web.count("/old.xml")).as("index child modified before the period").isZero();
  }

  @Test
  void brokenSitemapsAreReportedAndTheOthersUsed() throws Exception {
    web.serve("/broken.xml", "application/xml", "<urlset><url><loc>cut");
    List<SitemapLister.Listed> listed = lister().list(List.of(web.url("/broken.xml"), web.url("/missing.xml")),
        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31), listener);
    assertThat(listed).isEmpty();
    assertThat(events).containsExactly("malformed-sitemap " + web.url("/broken.xml"),
        "http-404 " + web.url("/missing.xml"));
  }

  @Test
  void monthlyTemplatesExpandOverThePeriod() {
    assertThat(SitemapLister.expand("https://nhandan.vn/sitemaps/news-{YYYY}-{M}.xml", LocalDate.of(2019, 11, 20),
        LocalDate.of(2020, 1, 5))).containsExactly("https://nhandan.vn/sitemaps/news-2019-11.xml",
        "https://nhandan.vn/sitemaps/news-2019-12.xml", "https://nhandan.vn/sitemaps/news-2020-1.xml");
  }
}
