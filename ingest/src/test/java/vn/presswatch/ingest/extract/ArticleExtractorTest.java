package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.outlet.OutletSelectors;

class ArticleExtractorTest {
  private static final String URL = "https://baomau.vn/bai-viet.html";
  private static final String PARAGRAPH =
      "<p>Ủy ban nhân dân thành phố vừa phê duyệt kế hoạch cải tạo hệ thống thoát nước tại các quận nội thành, "
          + "với tổng vốn đầu tư hơn một nghìn tỷ đồng từ ngân sách và nguồn vốn vay ưu đãi.</p>";
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void nullHtmlGivesEmptyPageWithCleanUrl() {
    ExtractedPage page = extractor.extract(null, URL + "?utm_source=zalo", OutletSelectors.NONE);

    assertThat(page).isEqualTo(ExtractedPage.empty(URL));
  }

  @Test
  void blankHtmlGivesEmptyTexts() {
    ExtractedPage page = extractor.extract("   ", null, null);

    assertThat(page.title()).isEmpty();
    assertThat(page.text()).isEmpty();
    assertThat(page.canonicalUrl()).isEmpty();
  }

  @Test
  void nonHtmlInputDoesNotThrow() {
    ExtractedPage page = extractor.extract("\u0000\u0001%PDF-1.4 binary garbage <<<>>> </p></div>", URL, null);

    assertThat(page.title()).isEmpty();
  }

  @Test
  void outletSelectorsWinOverGenericExtraction() {
    String html =
        "<html><head><meta property='og:title' content='Tiêu đề chung'></head><body>"
            + "<div class='tieude'>Tiêu đề riêng của báo</div><div class='tomtat'>Tóm tắt riêng của bài báo này.</div>"
            + "<div class='tacgia'>Thanh Hà</div><div class='ngay'>28/05/2019 17:47</div>"
            + "<div class='noidung'>"
            + PARAGRAPH
            + "</div><div class='khac'>"
            + PARAGRAPH.replace("thoát nước", "chiếu sáng").repeat(3)
            + "</div></body></html>";
    OutletSelectors selectors = new OutletSelectors(".tieude", ".tomtat", ".noidung", ".ngay", ".tacgia");

    ExtractedPage page = extractor.extract(html, URL, selectors);

    assertThat(page.title()).isEqualTo("Tiêu đề riêng của báo");
    assertThat(page.lead()).isEqualTo("Tóm tắt riêng của bài báo này.");
    assertThat(page.author()).isEqualTo("Thanh Hà");
    assertThat(page.publishedAt()).hasToString("2019-05-28T10:47:00Z");
    assertThat(page.text()).contains("thoát nước").doesNotContain("chiếu sáng");
  }

  @Test
  void invalidOutletSelectorFallsBackToGenericExtraction() {
    String html = "<html><body><h1>Tiêu đề</h1><div class='content'>" + PARAGRAPH + "</div></body></html>";

    ExtractedPage page = extractor.extract(html, URL, new OutletSelectors("h1[[", null, "div::bad(", null, null));

    assertThat(page.title()).isEqualTo("Tiêu đề");
    assertThat(page.text()).startsWith("Ủy ban nhân dân thành phố");
  }

  @Test
  void decomposedUnicodeIsNormalisedToNfc() {
    String nfd = java.text.Normalizer.normalize(PARAGRAPH, java.text.Normalizer.Form.NFD);

    ExtractedPage page = extractor.extract("<html><body><article>" + nfd + "</article></body></html>", URL, null);

    assertThat(page.text()).startsWith("Ủy ban nhân dân thành phố");
  }

  @Test
  void whitespaceInsideParagraphsIsCollapsed() {
    String html = "<html><body><article><p>  Ủy   ban\n\t nhân&nbsp;dân thành phố  vừa phê duyệt "
        + "kế hoạch\u200B cải tạo hệ thống thoát nước đô thị. </p></article></body></html>";

    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(page.text()).isEqualTo("Ủy ban nhân dân thành phố vừa phê duyệt kế hoạch cải tạo hệ thống thoát nước đô thị.");
  }

  @Test
  void hugePageIsCutAndStillExtractedWithinSeconds() {
    String sidebar = "<li><a href='/x'>Tin khác số một trong danh sách tin đọc nhiều nhất hôm nay</a></li>";
    String html = "<html><body><article>" + PARAGRAPH.repeat(5) + "</article><ul class='menu'>"
        + sidebar.repeat(60_000) + "</ul></body></html>";

    long start = System.nanoTime();
    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(html.length()).isGreaterThan(ArticleExtractor.MAX_HTML_CHARS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(page.text()).startsWith("Ủy ban nhân dân thành phố");
  }

  @Test
  void hugeInlineScriptsAreDroppedBeforeThePageIsCut() {
    String script = "<script>var tracking = '" + "x".repeat(ArticleExtractor.MAX_HTML_CHARS) + "';</script>";
    String html = "<html><head>" + script + "</head><body><article>" + PARAGRAPH + "</article></body></html>";

    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(page.text()).startsWith("Ủy ban nhân dân thành phố");
  }

  @Test
  void deeplyNestedPageDoesNotOverflowTheStack() {
    String html = "<html><body>" + "<div>".repeat(20_000) + PARAGRAPH + "</div>".repeat(20_000) + "</body></html>";

    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(page.text()).startsWith("Ủy ban nhân dân thành phố");
  }

  @Test
  void oneExtractorServesManyThreads() throws Exception {
    byte[] html = Fixtures.bytes("nhandan.html");
    ExtractedPage expected = Fixtures.extract("nhandan.html", URL);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ExtractedPage>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  16, () -> extractor.extract(HtmlDecoding.decode(html, null), URL, OutletSelectors.NONE)));
      for (Future<ExtractedPage> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenThePageShowsNoText() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Tin\","
        + "\"articleBody\":\"Nội dung đầy đủ của bài báo được trang web đưa vào dữ liệu có cấu trúc, trong khi phần "
        + "hiển thị chỉ được tải bằng JavaScript sau khi người đọc mở trang. Đây là cách một số trang tin làm.\"}"
        + "</script></head><body><div id='app'></div></body></html>";

    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(page.text()).startsWith("Nội dung đầy đủ của bài báo");
  }

  @Test
  void printedDateMarkedOnlyByDataRoleIsRead() {
    String html = "<html><body><div class='top'><span class='today'>Thứ Tư, 25/11/2026</span></div>"
        + "<div class='detail'><h1>Tiêu đề bài báo</h1><div data-role='publishdate'>28/05/2019 17:47 GMT+7</div>"
        + PARAGRAPH + "</div></body></html>";

    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(page.publishedAt()).hasToString("2019-05-28T10:47:00Z");
  }

  @Test
  void shortArticleInAContainerNamedSummaryIsNotMistakenForTheLead() {
    String html = "<html><body><div class='news'><h1>Tin ngắn</h1><div class='news-summary-body'>"
        + PARAGRAPH + PARAGRAPH.replace("thoát nước", "chiếu sáng") + "</div></div></body></html>";

    ExtractedPage page = extractor.extract(html, URL, null);

    assertThat(page.text()).contains("thoát nước").contains("chiếu sáng");
  }
}
