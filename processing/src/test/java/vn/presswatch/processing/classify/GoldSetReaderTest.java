package vn.presswatch.processing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetReaderTest {
  /** Two articles one after another, as in a corpus sample without article boundaries. */
  private static final String CORPUS = """
      Chây ì nộp phạt nguội.
      Hàng chục ngàn phương tiện bị ghi hình vi phạm.
      Phổ biến nhất là lỗi đỗ không đúng nơi quy định.
      Tổng kết công tác xây dựng tổ chức cơ sở đảng.
      Quận ủy vừa tổ chức hội nghị tổng kết.
      Đến nay Đảng bộ quận có 70 cơ sở đảng.
      Đã kết nạp 339 đảng viên.
      """;

  @TempDir
  Path shared;

  private List<GoldArticle> read(String... lines) throws IOException {
    Files.createDirectories(shared.resolve("data"));
    Files.writeString(shared.resolve("data/corpus.txt"), CORPUS, StandardCharsets.UTF_8);
    Path gold = shared.resolve("gold.jsonl");
    Files.write(gold, List.of(lines), StandardCharsets.UTF_8);
    return new GoldSetReader(shared).read(gold);
  }

  @Test
  void aLineRangeOfATextFileIsOneArticleWithItsFirstLineAsTitleAndTheNextAsLead() throws IOException {
    List<GoldArticle> gold = read(
        "{\"id\":\"a\",\"source\":\"data/corpus.txt\",\"ref\":\"lines 4-7\",\"themes\":[\"2.6\"]}");

    ArticleInput article = gold.get(0).article();
    assertThat(article.id()).isEqualTo("a");
    assertThat(article.title()).isEqualTo("Tổng kết công tác xây dựng tổ chức cơ sở đảng.");
    assertThat(article.lead()).isEqualTo("Quận ủy vừa tổ chức hội nghị tổng kết.");
    assertThat(article.body()).isEqualTo("Đến nay Đảng bộ quận có 70 cơ sở đảng.\nĐã kết nạp 339 đảng viên.");
    assertThat(gold.get(0).themes()).containsExactly("2.6");
  }

  @Test
  void aTextFileWithoutRefIsOneArticle() throws IOException {
    ArticleInput article = read("{\"id\":\"b\",\"source\":\"data/corpus.txt\",\"themes\":[]}").get(0).article();

    assertThat(article.title()).isEqualTo("Chây ì nộp phạt nguội.");
    assertThat(article.body()).endsWith("Đã kết nạp 339 đảng viên.");
  }

  @Test
  void aRangeOutsideTheFileOrNotALineRangeFailsWithTheLineNumber() {
    assertThatThrownBy(() -> read(
        "{\"id\":\"c\",\"source\":\"data/corpus.txt\",\"ref\":\"lines 6-99\",\"themes\":[]}"))
        .hasMessageContaining("line 1").hasMessageContaining("outside the file");
    assertThatThrownBy(() -> read(
        "{\"id\":\"d\",\"source\":\"data/corpus.txt\",\"ref\":\"article 3\",\"themes\":[]}"))
        .hasMessageContaining("is not \"lines FIRST-LAST\"");
  }
}
