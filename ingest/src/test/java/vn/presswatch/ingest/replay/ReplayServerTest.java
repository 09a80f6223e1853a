package vn.presswatch.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.outlet.Outlet;

class ReplayServerTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesFilesWithTypesAndRewritesCapturedHostsInFeeds() throws Exception {
    Files.createDirectories(dir.resolve("vov.vn/rss"));
    Files.writeString(dir.resolve("vov.vn/rss/home.rss"),
        "<rss><channel><item><link>https://vov.vn/chinh-tri/a-1.html</link>"
            + "<link>https://other.vn/b.html</link><link>${REPLAY_BASE}/x.html</link></item></channel></rss>");
    Files.writeString(dir.resolve("vov.vn/page.html"), "<link rel=canonical href=\"https://vov.vn/page.html\">");
    try (ReplayServer replay = ReplayServer.start(dir)) {
      HttpResponse<String> feed = get(replay.baseUrl() + "/vov.vn/rss/home.rss?ref=1");
      assertThat(feed.headers().firstValue("content-type")).contains("application/rss+xml; charset=utf-8");
      assertThat(feed.body()).contains("<link>" + replay.baseUrl() + "/vov.vn/chinh-tri/a-1.html</link>")
          .contains("<link>https://other.vn/b.html</link>").contains("<link>" + replay.baseUrl() + "/x.html</link>");
      assertThat(get(replay.baseUrl() + "/vov.vn/page.html").body()).contains("href=\"https://vov.vn/page.html\"");
      assertThat(get(replay.baseUrl() + "/vov.vn/missing.html").statusCode()).isEqualTo(404);
      assertThat(get(replay.baseUrl() + "/../../etc/passwd").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void outletsResolveRelativeFeedUrlsAgainstTheServer() throws Exception {
    Files.writeString(dir.resolve("outlets.yaml"), """
        outlets:
          - id: vov
            name: VOV
            homepage: https://vov.vn/
            feeds:
              - url: vov.vn/rss/home.rss
              - url: ${REPLAY_BASE}/vov.vn/rss/kinh-te.rss
                disabled: "kept disabled"
        """);
    Files.createDirectories(dir.resolve("vov.vn"));
    try (ReplayServer replay = ReplayServer.start(dir)) {
      List<Outlet> outlets = replay.outlets();
      assertThat(outlets).hasSize(1);
      assertThat(outlets.get(0).feeds()).extracting(f -> f.url()).containsExactly(
          replay.baseUrl() + "/vov.vn/rss/home.rss", replay.baseUrl() + "/vov.vn/rss/kinh-te.rss");
      assertThat(outlets.get(0).enabledFeeds()).hasSize(1);
      assertThat(outlets.get(0).homepage()).isEqualTo(replay.baseUrl() + "/vov.vn/");
    }
  }
}
