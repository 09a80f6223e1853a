package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Layouts met on real Vietnamese pages that the extractor once got wrong (docs/extraction.md, "Checked on real
 * pages"), rebuilt by hand: the same structure and classes, invented text.
 */
class RealPageLayoutsTest {
  private static List<String> paragraphs(ExtractedPage page) {
    return List.of(page.text().split("\n\n"));
  }

  /** baochinhphu.vn: HTML character references inside the JSON-LD strings; short sentences ending in a date. */
  @Nested
  class BaoChinhPhu {
    private final ExtractedPage page =
        Fixtures.extract("baochinhphu.html", "https://baochinhphu.vn/chinh-sach-moi-102260401090000123.htm");

    @Test
    void titleIsDecodedFromTheEscapedJsonLdHeadline() {
      assertThat(page.title()).isEqualTo("Chính sách mới về nước sạch nông thôn có hiệu lực từ tháng 4");
    }

    @Test
    void shortSentencesEndingInADateStayInTheBody() {
      assertThat(paragraphs(page))
          .contains(
              "Quy định trên có hiệu lực từ ngày 1/4/2026.",
              "Thông tư số 12/2026/TT-BNNMT có hiệu lực từ ngày 15/4/2026.")
          .hasSize(7);
    }

    @Test
    void furtherReadingBoxIsLeftOut() {
      assertThat(page.text()).doesNotContain("Tham khảo thêm").doesNotContain("có hiệu lực từ tháng 3/2026");
    }

    @Test
    void organisationIsNotTheAuthor() {
      assertThat(page.author()).isEmpty();
    }
  }

  /** tuoitre.vn: JSON-LD escaped twice ("&amp;#7871;"), the Facebook handle and house name as author meta tags. */
  @Nested
  class TuoiTreEscapedJsonLd {
    private final ExtractedPage page =
        Fixtures.extract(
            "tuoitre-escaped-jsonld.html", "https://tuoitre.vn/mua-trai-mua-lam-gia-rau-20260412080000111.htm");

    @Test
    void titleIsDecodedFromTheTwiceEscapedJsonLdHeadline() {
      assertThat(page.title()).isEqualTo("Mưa trái mùa làm giá rau ở chợ đầu mối tăng gấp đôi");
    }

    @Test
    void siteHandleIsNotTheAuthorTheBylineBoxIs() {
      assertThat(page.author()).isEqualTo("THU HIỀN - MINH KHÔI");
    }

    @Test
    void bodyHasTheFourParagraphsWithoutTheRelatedBox() {
      assertThat(paragraphs(page)).hasSize(4);
      assertThat(page.text()).doesNotContain("Giá trái cây").doesNotContain("THU HIỀN");
    }
  }

  /** baodautu.vn: the headline is a {@code div.title-detail}, and the site header prints today's date first. */
  @Nested
  class BaoDauTu {
    private final ExtractedPage page =
        Fixtures.extract("baodautu.html", "https://baodautu.vn/phat-cong-ty-chung-khoan-d540001.html");

    @Test
    void publishedAtIsThePostTimeUnderTheHeadlineNotTodayInTheHeader() {
      assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-04-09T07:25:00Z"));
    }

    @Test
    void authorIsTheBylineLink() {
      assertThat(page.author()).isEqualTo("Hải Yến");
    }

    @Test
    void bodyIsTheArticleWithoutRelatedNewsOrTags() {
      assertThat(paragraphs(page)).hasSize(4);
      assertThat(page.text())
          .startsWith("Ủy ban Chứng khoán Nhà nước vừa quyết định")
          .doesNotContain("TIN LIÊN QUAN")
          .doesNotContain("Phạt công ty chứng khoán vì chậm")
          .doesNotContain("#ký quỹ");
    }
  }

  /** cafef.vn reprints: the byline credits the original writer with "Theo" ("according to"). */
  @Nested
  class CafeFReprint {
    private final ExtractedPage page =
        Fixtures.extract("cafef-reprint.html", "https://cafef.vn/giam-tien-su-dung-dat-188260410070000111.chn");

    @Test
    void authorIsTheWriterWithoutTheo() {
      assertThat(page.author()).isEqualTo("Lâm Thảo");
    }

    @Test
    void zonelessPublicationTimeIsVietnamTime() {
      assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-04-10T00:30:00Z"));
    }
  }
}
