package vn.presswatch.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCodecTest {
  private static Article sample() {
    String url = "https://nhandan.vn/xay-dung-dang-post1.html";
    return new Article(Article.SCHEMA_VERSION, ArticleIds.forUrl(url), "nhandan", url, url,
        "Đẩy mạnh xây dựng, chỉnh đốn Đảng", "Sapo", "Thân bài", null, "Xây dựng Đảng", List.of("chỉnh đốn"), "vi",
        Instant.parse("2019-05-28T10:47:00Z"), null, Instant.parse("2019-05-28T11:00:00Z"), "abc", null, null);
  }

  @Test
  void roundTripsWithSnakeCaseFieldsAndIsoInstants() {
    Article article = sample();
    String json = ArticleCodec.toJson(article);
    assertThat(json).contains("\"schema_version\":1", "\"published_at\":\"2019-05-28T10:47:00Z\"", "Đảng");
    assertThat(json).doesNotContain("modified_at");
    assertThat(ArticleCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(article);
  }

  @Test
  void rejectsGarbageWithAReason() {
    assertThatThrownBy(() -> ArticleCodec.fromBytes("{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("not an article JSON record");
    assertThatThrownBy(() -> ArticleCodec.fromBytes("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void rejectsRecordsFromANewerSchema() {
    String json = ArticleCodec.toJson(sample()).replace("\"schema_version\":1", "\"schema_version\":99");
    assertThatThrownBy(() -> ArticleCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("newer than this reader");
  }

  @Test
  void rejectsRecordsWithoutASchemaVersionOrBelowTheFirst() {
    String json = ArticleCodec.toJson(sample());
    for (String bad : List.of(json.replace("\"schema_version\":1,", ""),
        json.replace("\"schema_version\":1", "\"schema_version\":0"),
        json.replace("\"schema_version\":1", "\"schema_version\":-1"))) {
      assertThatThrownBy(() -> ArticleCodec.fromBytes(bad.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("not a version of the article record");
    }
  }

  @Test
  void idsAreStableAndShort() {
    assertThat(ArticleIds.forUrl("https://a.vn/x")).hasSize(24).isEqualTo(ArticleIds.forUrl("https://a.vn/x"));
    assertThat(ArticleIds.forUrl("https://a.vn/x")).isNotEqualTo(ArticleIds.forUrl("https://a.vn/y"));
  }
}
