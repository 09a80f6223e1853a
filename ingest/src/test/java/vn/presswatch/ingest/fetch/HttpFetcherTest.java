package vn.presswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.ingest.testsupport.FakeClock;
import vn.presswatch.ingest.testsupport.TestSettings;
import vn.presswatch.ingest.testsupport.TestWebServer;

class HttpFetcherTest {
  private final TestWebServer web = new TestWebServer();
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T00:00:00Z"));

  private HttpFetcher fetcher(String... settings) {
    return new HttpFetcher(FetchSettings.from(TestSettings.with(settings)), clock.sleeper(), clock);
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void sendsUserAgentAndReturnsBody() throws Exception {
    web.serve("/a", "text/html; charset=utf-8", "<p>Xin chào</p>");
    FetchResponse r = fetcher().get(web.url("/a"), Validators.NONE);
    assertThat(r.status()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Xin chào</p>");
    assertThat(web.requestHeaders().get(0).getFirst("User-Agent")).startsWith("presswatch/");
  }

  @Test
  void conditionalGetSendsValidatorsAndReturnsNotModified() throws Exception {
    web.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestWebServer.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        ex.getResponseHeaders().set("Last-Modified", "Wed, 25 Nov 2026 00:00:00 GMT");
        TestWebServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
      }
    });
    HttpFetcher fetcher = fetcher();
    FetchResponse first = fetcher.get(web.url("/feed"), Validators.NONE);
    FetchResponse second = fetcher.get(web.url("/feed"), Validators.of(first));
    assertThat(first.notModified()).isFalse();
    assertThat(second.notModified()).isTrue();
    assertThat(web.requestHeaders().get(1).getFirst("If-Modified-Since")).isEqualTo("Wed, 25 Nov 2026 00:00:00 GMT");
  }

  @Test
  void decompressesGzip() throws Exception {
    byte[] gz = gzip("Tin mới nhất".getBytes(StandardCharsets.UTF_8));
    web.route("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestWebServer.send(ex, 200, "text/plain", gz);
    });
    assertThat(new String(fetcher().get(web.url("/gz"), Validators.NONE).body(), StandardCharsets.UTF_8))
        .isEqualTo("Tin mới nhất");
  }

  @Test
  void refusesBodiesOverTheCap() {
    web.serve("/big", "text/html", new byte[10_000]);
    assertThatThrownBy(() -> fetcher("fetch.max-body-bytes", "1000").get(web.url("/big"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
  }

  @Test
  void refusesGzipBombsOverTheCapAfterDecompression() throws Exception {
    byte[] bomb = gzip(new byte[200_000]);
    web.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestWebServer.send(ex, 200, "text/html", bomb);
    });
    assertThat(bomb.length).isLessThan(10_000);
    assertThatThrownBy(() -> fetcher("fetch.max-body-bytes", "10000").get(web.url("/bomb"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
  }

  @Test
  void followsRedirects() throws Exception {
    web.route("/old", ex -> {
      ex.getResponseHeaders().set("Location", "/new");
      TestWebServer.send(ex, 301, null, new byte[0]);
    });
    web.serve("/new", "text/html", "moved");
    FetchResponse r = fetcher().get(web.url("/old"), Validators.NONE);
    assertThat(r.finalUrl()).isEqualTo(web.url("/new"));
    assertThat(r.requestedUrl()).isEqualTo(web.url("/old"));
  }

  @Test
  void detectsRedirectLoops() {
    web.route("/a", ex -> {
      ex.getResponseHeaders().set("Location", "/b");
      TestWebServer.send(ex, 302, null, new byte[0]);
    });
    web.route("/b", ex -> {
      ex.getResponseHeaders().set("Location", "/a");
      TestWebServer.send(ex, 302, null, new byte[0]);
    });
    assertThatThrownBy(() -> fetcher().get(web.url("/a"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("redirect-loop"));
  }

  @Test
  void refusesLoopbackUnlessAllowed() {
    web.serve("/x", "text/html", "secret");
    assertThatThrownBy(() -> fetcher("fetch.allow-private-addresses", "false").get(web.url("/x"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("private-address"));
    assertThat(web.requests()).isEmpty();
  }

  @Test
  void notFoundIsNotRetried() {
    assertThatThrownBy(() -> fetcher().get(web.url("/missing"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("http-404"));
    assertThat(web.count("/missing")).isEqualTo(1);
  }

  @Test
  void serverErrorsAreRetriedWithDoublingBackoff() {
    web.route("/down", ex -> TestWebServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> fetcher("fetch.retries", "2", "fetch.retry-backoff", "PT1S")
        .get(web.url("/down"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("http-5xx"));
    assertThat(web.count("/down")).isEqualTo(3);
    assertThat(clock.sleeps()).containsExactly(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2));
  }

  @Test
  void recoversWhenARetrySucceeds() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    web.route("/flaky", ex -> TestWebServer.send(ex, calls.incrementAndGet() == 1 ? 500 : 200, "text/plain",
        "ok".getBytes(StandardCharsets.UTF_8)));
    assertThat(fetcher().get(web.url("/flaky"), Validators.NONE).status()).isEqualTo(200);
  }

  @Test
  void timesOutOnSlowServers() {
    web.route("/slow", ex -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestWebServer.send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
    });
    assertThatThrownBy(() -> fetcher("fetch.request-timeout", "PT0.3S", "fetch.retries", "0")
        .get(web.url("/slow"), Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("timeout"));
  }

  @Test
  void rejectsNonHttpUrls() {
    assertThatThrownBy(() -> fetcher().get("file:///etc/passwd", Validators.NONE))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("bad-url"));
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
