package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdArticleTest {
  private static JsonLdArticle read(String json) {
    return JsonLdArticle.read(Jsoup.parse("<script type='application/ld+json'>" + json + "</script>"));
  }

  @Test
  void readsATopLevelNewsArticle() {
    assertThat(read("{\"@type\":\"NewsArticle\",\"headline\":\"Tin nóng\"}").headline()).isEqualTo("Tin nóng");
  }

  @Test
  void findsTheArticleInAGraph() {
    assertThat(read("{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"Article\",\"headline\":\"Bài\"}]}").headline())
        .isEqualTo("Bài");
  }

  @Test
  void findsTheArticleInATopLevelArray() {
    assertThat(read("[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\",\"headline\":\"Blog\"}]").headline())
        .isEqualTo("Blog");
  }

  @Test
  void acceptsATypeArray() {
    assertThat(read("{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Phóng sự\"}").headline())
        .isEqualTo("Phóng sự");
  }

  @Test
  void organisationAuthorsAreNotBylines() {
    String json = "{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Organization\",\"name\":\"VnExpress\"},"
        + "{\"@type\":\"Person\",\"name\":\"Lê Phương\"},\"Thu Hà\"]}";

    assertThat(read(json).authors()).containsExactly("Lê Phương", "Thu Hà");
  }

  @Test
  void keywordsStringIsSplit() {
    assertThat(read("{\"@type\":\"NewsArticle\",\"keywords\":\"lũ, miền Trung ,cứu trợ\"}").keywords())
        .containsExactly("lũ", "miền Trung", "cứu trợ");
  }

  @Test
  void mainEntityOfPageIdIsTheUrl() {
    assertThat(read("{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":{\"@id\":\"https://a.vn/b.html\"}}").url())
        .isEqualTo("https://a.vn/b.html");
  }

  @Test
  void unescapedNewlinesInStringsAreTolerated() {
    assertThat(read("{\"@type\":\"NewsArticle\",\"description\":\"dòng một\ndòng hai\"}").description())
        .isEqualTo("dòng một dòng hai");
  }

  @Test
  void invalidJsonGivesNothing() {
    assertThat(read("{\"@type\":\"NewsArticle\",").headline()).isEmpty();
  }

  @Test
  void htmlCharacterReferencesInStringsAreDecoded() {
    String json = "{\"@type\":\"NewsArticle\",\"headline\":\"Ch&#237;nh s&#225;ch mới\","
        + "\"description\":\"Gi&amp;#225; v&amp;#224;ng &amp;amp; USD\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Ho&#224;ng Anh\"}}";

    JsonLdArticle article = read(json);

    assertThat(article.headline()).isEqualTo("Chính sách mới");
    assertThat(article.description()).isEqualTo("Giá vàng & USD");
    assertThat(article.authors()).containsExactly("Hoàng Anh");
  }
}
