package vn.presswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.ingest.testsupport.FakeClock;
import vn.presswatch.ingest.testsupport.TestSettings;
import vn.presswatch.ingest.testsupport.TestWebServer;

class RobotsRulesTest {
  private final TestWebServer web = new TestWebServer();
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T00:00:00Z"));

  @AfterEach
  void stop() {
    web.close();
  }

  private PoliteFetcher fetcher(String... settings) {
    return new PoliteFetcher(FetchSettings.from(TestSettings.with(settings)), clock, clock.sleeper());
  }

  @Test
  void disallowedPathsAreNotFetched() throws Exception {
    web.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    web.serve("/private/a.html", "text/html", "no");
    web.serve("/news/a.html", "text/html", "yes");
    PoliteFetcher fetcher = fetcher();
    assertThatThrownBy(() -> fetcher.get(web.url("/private/a.html"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("robots-disallowed"));
    assertThat(fetcher.get(web.url("/news/a.html"), Validators.NONE).status()).isEqualTo(200);
    assertThat(web.requests()).containsExactly("/robots.txt", "/news/a.html");
  }

  @Test
  void groupForOurAgentWins() {
    web.serve("/robots.txt", "text/plain", "User-agent: presswatch\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
    assertThatThrownBy(() -> fetcher().get(web.url("/a"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("robots-disallowed"));
  }

  @Test
  void missingRobotsAllowsEverythingAndIsCached() throws Exception {
    web.serve("/a", "text/html", "a");
    web.serve("/b", "text/html", "b");
    PoliteFetcher fetcher = fetcher();
    fetcher.get(web.url("/a"), Validators.NONE);
    fetcher.get(web.url("/b"), Validators.NONE);
    assertThat(web.count("/robots.txt")).isEqualTo(1);
  }

  @Test
  void serverErrorOnRobotsDefersTheSite() {
    web.route("/robots.txt", ex -> TestWebServer.send(ex, 500, "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
    web.serve("/a", "text/html", "a");
    assertThatThrownBy(() -> fetcher("fetch.retries", "0").get(web.url("/a"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("robots-disallowed"));
    assertThat(web.count("/a")).isZero();
  }

  @Test
  void crawlDelayFromRobotsSpacesRequests() throws Exception {
    web.serve("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 7\n");
    web.serve("/a", "text/html", "a");
    web.serve("/b", "text/html", "b");
    PoliteFetcher fetcher = fetcher("fetch.crawl-delay", "PT1S");
    fetcher.get(web.url("/a"), Validators.NONE);
    fetcher.get(web.url("/b"), Validators.NONE);
    // robots.txt itself, then /a one default pause later, then /b the robots pause later
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(7));
  }
}
