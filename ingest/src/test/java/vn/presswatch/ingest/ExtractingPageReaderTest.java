package vn.presswatch.ingest;

import vn.presswatch.ingest.extract.ExtractedPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.fetch.FetchResponse;

class ExtractingPageReaderTest {
  static final Path FUNDUS_PAGE =
      Path.of(System.getProperty("presswatch.shared.dir"), "data/vn-news/html/fundus/VnExpress_2025_10_22.html.gz");
  static final String FUNDUS_URL =
      "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html";
  private static final Outlet VNEXPRESS = new Outlet("vnexpress", "VnExpress", "https://vnexpress.net", "vi", null,
      List.of(), List.of(), null, null);

  static byte[] fundusPage() throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(FUNDUS_PAGE))) {
      return in.readAllBytes();
    }
  }

  private static FetchResponse response(String contentType, byte[] body) {
    return new FetchResponse(FUNDUS_URL + "?utm_source=rss", FUNDUS_URL + "?utm_source=rss", 200,
        contentType == null ? Map.of() : Map.of("content-type", List.of(contentType)), body, Instant.now());
  }

  @Test
  void readsARealVnExpressPage() throws Exception {
    ExtractedPage page = new ExtractingPageReader().read(response("text/html", fundusPage()), VNEXPRESS);
    assertThat(page.title()).contains("lymphoma");
    assertThat(page.text()).contains("BS.CK2 Cao Thị Hồng");
    assertThat(page.canonicalUrl()).isEqualTo(FUNDUS_URL);
  }

  @Test
  void refusesResponsesThatAreNotHtml() {
    assertThatThrownBy(() -> new ExtractingPageReader().read(response("application/pdf", new byte[] {1, 2}), VNEXPRESS))
        .isInstanceOfSatisfying(PageRejectedException.class, e -> assertThat(e.reason()).isEqualTo("not-html"));
  }

  @Test
  void refusesPagesWithoutText() {
    byte[] empty = "<html><body><div id=menu><a href=/>Trang chủ</a></div></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new ExtractingPageReader().read(response(null, empty), VNEXPRESS))
        .isInstanceOfSatisfying(PageRejectedException.class, e -> assertThat(e.reason()).isEqualTo("no-body"));
  }

  @Test
  void refusesBinaryDataLabelledAsHtml() {
    byte[] garbage = new byte[8_000];
    new java.util.Random(7).nextBytes(garbage);
    assertThatThrownBy(() -> new ExtractingPageReader().read(response("text/html; charset=utf-8", garbage),
        VNEXPRESS))
        .isInstanceOfSatisfying(PageRejectedException.class, e -> assertThat(e.reason()).isEqualTo("not-html"));
  }

  @Test
  void aRealPageIsNotBinary() throws Exception {
    assertThat(ExtractingPageReader.isBinary(fundusPage())).isFalse();
    assertThat(ExtractingPageReader.isBinary("<p>Tin</p>".getBytes(StandardCharsets.UTF_16))).isFalse();
  }
}
