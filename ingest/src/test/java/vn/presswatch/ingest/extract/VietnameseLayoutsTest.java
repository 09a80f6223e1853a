package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Generic extraction on hand-written pages in the layouts of major Vietnamese outlets. */
class VietnameseLayoutsTest {
  private static final Instant VN_2019_05_28_1747 = Instant.parse("2019-05-28T10:47:00Z");

  private static List<String> paragraphs(ExtractedPage page) {
    return List.of(page.text().split("\n\n"));
  }

  @Nested
  class NhanDan {
    private final ExtractedPage page = Fixtures.extract("nhandan.html", "https://nhandan.vn/a-post401234.html");

    @Test
    void titleComesWithoutSiteSuffix() {
      assertThat(page.title()).isEqualTo("Đồng bằng sông Cửu Long chủ động ứng phó hạn mặn mùa khô");
    }

    @Test
    void sapoIsTheLeadAndNotInTheBody() {
      assertThat(page.lead()).startsWith("Các tỉnh Đồng bằng sông Cửu Long đang khẩn trương");
      assertThat(page.text()).doesNotContain("đang khẩn trương triển khai");
    }

    @Test
    void bodyKeepsEveryParagraphAndTheCaption() {
      assertThat(paragraphs(page)).hasSize(5);
      assertThat(page.text())
          .startsWith("Theo Trung tâm Dự báo")
          .contains("Cống ngăn mặn Bến Rớ được vận hành")
          .endsWith("như mùa khô các năm trước.");
    }

    @Test
    void relatedLinksTagsCommentsAndSidebarAreLeftOut() {
      assertThat(page.text())
          .doesNotContain("Tin liên quan")
          .doesNotContain("Bến Tre công bố tình huống khẩn cấp")
          .doesNotContain("Từ khóa")
          .doesNotContain("Mong các tỉnh sớm có thêm")
          .doesNotContain("chuyển đổi số");
    }

    @Test
    void closingUpperCaseBylineIsNotBody() {
      assertThat(page.text()).doesNotContain("HỮU NGHĨA");
    }

    @Test
    void authorComesFromTheBylineElement() {
      assertThat(page.author()).isEqualTo("Hữu Nghĩa");
    }

    @Test
    void publishedAtComesFromTimeElementNotTodaysDateInTheHeader() {
      assertThat(page.publishedAt()).isEqualTo(VN_2019_05_28_1747);
    }

    @Test
    void canonicalUrlHasNoTrackingParameters() {
      assertThat(page.canonicalUrl())
          .isEqualTo("https://nhandan.vn/dong-bang-song-cuu-long-chu-dong-ung-pho-han-man-post401234.html");
    }

    @Test
    void sectionComesFromArticleSectionMeta() {
      assertThat(page.section()).isEqualTo("Xã hội");
    }

    @Test
    void tagsComeFromArticleTagMeta() {
      assertThat(page.tags()).containsExactly("hạn mặn", "Đồng bằng sông Cửu Long");
    }
  }

  @Nested
  class TuoiTre {
    private final ExtractedPage page = Fixtures.extract("tuoitre.html", "https://tuoitre.vn/a.htm");

    @Test
    void logoHeadingIsNotTheTitle() {
      assertThat(page.title()).isEqualTo("Sinh viên tình nguyện mang ánh sáng về bản vùng cao");
    }

    @Test
    void onPageSapoWithOutletPrefixIsTheLead() {
      assertThat(page.lead()).startsWith("TTO - Hơn 300 bóng đèn");
    }

    @Test
    void inlineRelatedNewsBoxAndSeeMoreAreLeftOut() {
      assertThat(page.text())
          .doesNotContain("Mùa hè xanh 2019 khởi động")
          .doesNotContain("Xem thêm")
          .doesNotContain("chúc các bạn sinh viên");
    }

    @Test
    void bodyRunsFromFirstToLastParagraph() {
      assertThat(page.text()).startsWith("Suốt hai tuần").endsWith("trước khi kết thúc chiến dịch.");
    }

    @Test
    void jsonLdWithTrailingCommaStillGivesTheAuthor() {
      assertThat(page.author()).isEqualTo("Nguyễn Hiền");
    }

    @Test
    void jsonLdGivesThePublicationInstant() {
      assertThat(page.publishedAt()).isEqualTo(VN_2019_05_28_1747);
    }

    @Test
    void jsonLdGivesTheModificationInstant() {
      assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2019-05-28T13:05:00Z"));
    }

    @Test
    void keywordsMetaGivesTags() {
      assertThat(page.tags()).containsExactly("sinh viên tình nguyện", "Hà Giang", "năng lượng mặt trời");
    }
  }

  @Nested
  class ThanhNien {
    private final ExtractedPage page = Fixtures.extract("thanhnien.html", "https://thanhnien.vn/a.htm");

    @Test
    void sapoIsTheLead() {
      assertThat(page.lead()).startsWith("Sở Giao thông vận tải TP.HCM vừa trình đề án");
    }

    @Test
    void bodyHasFourParagraphsWithoutRelatedOrSharing() {
      assertThat(paragraphs(page)).hasSize(4);
      assertThat(page.text()).doesNotContain("Ô tô cá nhân tăng nhanh").doesNotContain("Chia sẻ");
    }

    @Test
    void authorComesFromTheDetailAuthorLink() {
      assertThat(page.author()).isEqualTo("Đình Sơn");
    }

    @Test
    void publishedAtComesFromArticlePublishedTime() {
      assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-03-14T01:05:00Z"));
    }

    @Test
    void modifiedAtComesFromArticleModifiedTime() {
      assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2026-03-14T02:30:00Z"));
    }

    @Test
    void canonicalUrlHasNoFragment() {
      assertThat(page.canonicalUrl())
          .isEqualTo("https://thanhnien.vn/tphcm-thi-diem-thu-phi-o-to-vao-trung-tam-185260314080512345.htm");
    }
  }

  @Nested
  class DanTri {
    private final ExtractedPage page = Fixtures.extract("dantri.html", "https://dantri.com.vn/a.htm");

    @Test
    void jsonLdInGraphGivesAuthorRatherThanTheSiteNamedInMetaAuthor() {
      assertThat(page.author()).isEqualTo("Minh Anh");
    }

    @Test
    void jsonLdMainEntityOfPageIsTheCanonicalUrl() {
      assertThat(page.canonicalUrl())
          .isEqualTo("https://dantri.com.vn/giao-duc/hoc-sinh-ha-noi-duoc-nghi-hoc-thu-bay-20250805063000123.htm");
    }

    @Test
    void promotionLineAndEmbeddedRelatedArticleAreLeftOut() {
      assertThat(page.text()).doesNotContain("Mời quý độc giả").doesNotContain("Hà Nội tuyển sinh lớp 10");
    }

    @Test
    void leadKeepsTheDanTriPrefixAndBodyDoesNotRepeatIt() {
      assertThat(page.lead()).startsWith("(Dân trí) - Sở Giáo dục");
      assertThat(page.text()).startsWith("Trong văn bản hướng dẫn");
    }

    @Test
    void breadcrumbGivesTheSection() {
      assertThat(page.section()).isEqualTo("Giáo dục");
    }

    @Test
    void publishedAtComesFromJsonLd() {
      assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-08-04T23:30:00Z"));
    }
  }

  @Nested
  class DangCongSan {
    private final ExtractedPage page =
        Fixtures.extract("dangcongsan.html", "https://dangcongsan.vn/tang-cuong-d518211.html");

    @Test
    void aspNetFormWrappingThePageDoesNotHideTheBody() {
      assertThat(paragraphs(page)).hasSize(4);
      assertThat(page.text()).startsWith("Tại hội nghị tổng kết").doesNotContain("Các tin khác");
    }

    @Test
    void summaryNextToTheHeadlineIsTheLead() {
      assertThat(page.lead()).startsWith("ĐCSVN - Bảo vệ nền tảng tư tưởng");
    }

    @Test
    void rightAlignedClosingBylineBecomesTheAuthor() {
      assertThat(page.author()).isEqualTo("Lan Hương");
      assertThat(page.text()).doesNotContain("Lan Hương");
    }

    @Test
    void printedWeekdayDatePipeTimeIsThePublicationDate() {
      assertThat(page.publishedAt()).isEqualTo(VN_2019_05_28_1747);
    }

    @Test
    void languageIsGuessedWithoutDeclaration() {
      assertThat(page.language()).isEqualTo("vi");
    }
  }

  @Nested
  class Vov {
    private final ExtractedPage page = Fixtures.extract("vov.html", "https://vov.vn/a.vov");

    @Test
    void paragraphsSeparatedByLineBreaksAreSplit() {
      assertThat(paragraphs(page)).hasSize(3);
      assertThat(page.text()).startsWith("Theo kế hoạch").endsWith("cường độ thi đấu cao.");
    }

    @Test
    void readMoreLineIsLeftOut() {
      assertThat(page.text()).doesNotContain("Đọc thêm").doesNotContain("nhận thưởng lớn");
    }

    @Test
    void siteNameIsDroppedFromTheByline() {
      assertThat(page.author()).isEqualTo("Hoàng Ngọc");
    }

    @Test
    void timeBeforeDateIsThePublicationDate() {
      assertThat(page.publishedAt()).isEqualTo(VN_2019_05_28_1747);
    }

    @Test
    void canonicalUrlLosesFacebookAndZaloTracking() {
      assertThat(page.canonicalUrl()).isEqualTo("https://vov.vn/the-thao/doi-tuyen-bong-da-nu-hoi-quan-post912345.vov");
    }
  }

  @Nested
  class VietNamNet {
    private final ExtractedPage page = Fixtures.extract("vietnamnet.html", "https://vietnamnet.vn/sau-rieng.html");

    @Test
    void sameSectionTeasersInsideTheContentContainerAreLeftOut() {
      assertThat(page.text()).doesNotContain("Tin cùng chuyên mục").doesNotContain("Giá cà phê trong nước");
    }

    @Test
    void authorBioBoxIsLeftOut() {
      assertThat(page.text()).doesNotContain("phóng viên mảng nông nghiệp");
    }

    @Test
    void seeMoreLineWithLeadingArrowsIsLeftOut() {
      assertThat(page.text()).doesNotContain("Xuất khẩu sầu riêng");
    }

    @Test
    void bodyHasItsFourParagraphs() {
      assertThat(paragraphs(page)).hasSize(4);
      assertThat(page.text()).startsWith("Những ngày này").endsWith("khi vào chính vụ.");
    }

    @Test
    void linkedBylineIsTheAuthor() {
      assertThat(page.author()).isEqualTo("Hoàng Yến");
    }

    @Test
    void onPageSapoWinsOverTruncatedMetaDescription() {
      assertThat(page.lead()).endsWith("trong những tuần tới.");
    }
  }
}
