package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
  private static final String P =
      "<p>Sở Giáo dục và Đào tạo yêu cầu các trường bảo đảm đủ giáo viên, sách giáo khoa và cơ sở vật chất.</p>";

  private static Document cleaned(String body) {
    Document document = Jsoup.parse("<html><body>" + body + "</body></html>");
    BoilerplateRemover.clean(document.body());
    return document;
  }

  @Test
  void removesScriptsAndStyles() {
    assertThat(cleaned("<script>var a = 1;</script><style>p{}</style>" + P).body().text()).doesNotContain("var a");
  }

  @Test
  void removesRelatedNewsBoxes() {
    assertThat(cleaned("<div class='box-tinlienquan'>Tin liên quan</div>" + P).select(".box-tinlienquan")).isEmpty();
  }

  @Test
  void removesHiddenElements() {
    assertThat(cleaned("<div style='display: none'>Ẩn</div>" + P).body().text()).doesNotContain("Ẩn");
  }

  @Test
  void keepsAFormThatWrapsTheWholeArticle() {
    assertThat(cleaned("<form id='form1'><div class='detail'>" + P.repeat(3) + "</div></form>").select("form"))
        .hasSize(1);
  }

  @Test
  void keepsTheArticleInsideAContainerNamedAfterItsSidebar() {
    String body = "<div class='page has-sidebar'>" + P.repeat(4) + "</div><div class='sidebar'>" + P + "</div>";

    assertThat(cleaned(body).select("div.page")).hasSize(1);
  }

  @Test
  void removesARealSidebar() {
    String body = "<div class='page has-sidebar'>" + P.repeat(4) + "</div><div class='sidebar'>" + P + "</div>";

    assertThat(cleaned(body).select("div.sidebar")).isEmpty();
  }
}
