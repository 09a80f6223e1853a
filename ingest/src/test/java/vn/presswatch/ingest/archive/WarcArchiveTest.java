package vn.presswatch.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.presswatch.ingest.fetch.FetchResponse;

class WarcArchiveTest {
  @TempDir Path dir;

  private static FetchResponse page(String url, String body) {
    return new FetchResponse(url, url, 200,
        Map.of("content-type", List.of("text/html; charset=utf-8"), "content-encoding", List.of("gzip"),
            "etag", List.of("\"x\"")),
        body.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-25T02:03:04Z"));
  }

  @Test
  void recordsCanBeReadBackAtTheirOffset() throws Exception {
    String second;
    try (WarcArchive archive = new WarcArchive(dir, 1_000_000)) {
      archive.archive(page("https://nhandan.vn/a.html", "<p>Bài một</p>"));
      second = archive.archive(page("https://nhandan.vn/b.html", "<p>Bài hai về Chỉ thị 05-CT/TW</p>"));
    }
    String[] parts = second.split("#");
    try (FileChannel channel = FileChannel.open(dir.resolve(parts[0]));
        WarcReader reader = new WarcReader(channel)) {
      reader.position(Long.parseLong(parts[1]));
      WarcRecord record = reader.next().orElseThrow();
      assertThat(record).isInstanceOf(WarcResponse.class);
      WarcResponse response = (WarcResponse) record;
      assertThat(response.target()).isEqualTo("https://nhandan.vn/b.html");
      assertThat(response.date()).isEqualTo(Instant.parse("2026-11-25T02:03:04Z"));
      assertThat(response.http().status()).isEqualTo(200);
      assertThat(response.http().headers().first("Content-Encoding")).isEmpty();
      assertThat(response.http().headers().first("ETag")).contains("\"x\"");
      assertThat(new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("<p>Bài hai về Chỉ thị 05-CT/TW</p>");
    }
  }

  @Test
  void startsANewFilePastTheSizeLimit() throws Exception {
    try (WarcArchive archive = new WarcArchive(dir, 10)) {
      String a = archive.archive(page("https://vov.vn/a", "a"));
      String b = archive.archive(page("https://vov.vn/b", "b"));
      assertThat(a.split("#")[0]).isNotEqualTo(b.split("#")[0]);
    }
  }
}
