package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {
  private static final String P =
      "<p>Sở Giáo dục và Đào tạo yêu cầu các trường bảo đảm đủ giáo viên, sách giáo khoa và cơ sở vật chất.</p>";
  private static final String LINKS = "<li><a href='/a'>Một bài báo khác có tiêu đề dài và hấp dẫn người đọc</a></li>";

  private static List<String> ids(String html) {
    Document document = Jsoup.parse(html);
    return ContentScorer.mainContent(document.body()).stream().map(Element::id).toList();
  }

  @Test
  void containerWithMostParagraphTextWins() {
    assertThat(ids("<section><div id='a'>" + P + "</div></section><section><div id='b'>" + P.repeat(5) + "</div></section>"))
        .containsExactly("b");
  }

  @Test
  void linkListsScoreNothing() {
    assertThat(ids("<ul id='links'>" + LINKS.repeat(20) + "</ul><div id='body'>" + P.repeat(2) + "</div>"))
        .containsExactly("body");
  }

  @Test
  void contentClassBeatsAnUnhintedContainerOfEqualText() {
    String aside = "<h3>Một tiêu đề phụ đủ dài để được tính là đoạn văn</h3>";
    assertThat(ids("<section><div id='x'>" + P.repeat(3) + "</div>" + aside + "</section>"
            + "<section><div id='y' class='article-content'>" + P.repeat(3) + "</div>" + aside + "</section>"))
        .contains("y")
        .doesNotContain("x");
  }

  @Test
  void bodySplitAroundABoxKeepsBothHalves() {
    String html = "<div id='wrap'><div id='one'>" + P.repeat(3) + "</div><div class='box'>Quảng cáo</div>"
        + "<div id='two'>" + P.replace("giáo viên", "phòng học").repeat(3) + "</div></div>";
    Document document = Jsoup.parse(html);

    String text = ContentScorer.mainContent(document.body()).stream().map(Element::text).reduce("", String::concat);

    assertThat(text).contains("giáo viên").contains("phòng học");
  }

  @Test
  void pageWithoutTextGivesTheRoot() {
    Document document = Jsoup.parse("<div><img src='a.png'></div>");

    assertThat(ContentScorer.mainContent(document.body())).containsExactly(document.body());
  }

  @Test
  void bodySplitIntoColumnsInTheirOwnWrappersIsFoundWhole() {
    String html = "<section id='body'><div class='column'><div id='c1'>" + P.repeat(2) + "</div></div>"
        + "<div class='column'><div id='c2'>" + P.replace("giáo viên", "phòng học").repeat(2) + "</div></div></section>";
    Document document = Jsoup.parse(html);

    String text = ContentScorer.mainContent(document.body()).stream().map(Element::text).reduce("", String::concat);

    assertThat(text).contains("giáo viên").contains("phòng học");
  }

  @Test
  void linkHeavySiblingIsNotKept() {
    String teasers = "<div id='teasers'>" + ("<p><a href='/x'>Tiêu đề một bài báo khác</a> tóm tắt ngắn gọn</p>").repeat(6)
        + "</div>";

    assertThat(ids("<div id='body'>" + P.repeat(3) + "</div>" + teasers)).containsExactly("body");
  }
}
