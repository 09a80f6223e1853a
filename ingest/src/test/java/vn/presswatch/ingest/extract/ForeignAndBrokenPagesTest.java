package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Generic extraction on a foreign-language page, broken markup and pages with wrong or missing charsets. */
class ForeignAndBrokenPagesTest {
  @Nested
  class EnglishNewsSite {
    private final ExtractedPage page = Fixtures.extract("english.html", "https://www.asiabusinessdaily.example/x");

    @Test
    void languageIsEnglish() {
      assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void authorsAreThePeopleInJsonLd() {
      assertThat(page.author()).isEqualTo("Jane Doe, Tran Van Minh");
    }

    @Test
    void standfirstIsTheLead() {
      assertThat(page.lead()).startsWith("Vietnam earned more from coffee");
    }

    @Test
    void bodyLeavesOutRelatedReadMoreNewsletterAndCookieBanner() {
      assertThat(page.text())
          .startsWith("Coffee shipments from the world's largest")
          .endsWith("from each tonne exported.")
          .doesNotContain("Rice exports")
          .doesNotContain("Read more")
          .doesNotContain("Sign up")
          .doesNotContain("cookies");
    }

    @Test
    void firstSectionOfAnArrayIsTheSection() {
      assertThat(page.section()).isEqualTo("Markets");
    }

    @Test
    void publishedAtComesFromJsonLdGraph() {
      assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-11-03T09:15:00Z"));
    }

    @Test
    void modifiedAtComesFromJsonLdGraph() {
      assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2026-11-03T11:40:00Z"));
    }
  }

  @Nested
  class EnglishSiteWithComponentBlocks {
    private final ExtractedPage page = Fixtures.extract("english-blocks.html", "https://news.example/hanoi-metro");

    @Test
    void paragraphsInTheirOwnBlocksAreAllFound() {
      assertThat(page.text())
          .contains("Every morning more than six million motorbikes")
          .endsWith("leave their bikes at home.");
    }

    @Test
    void bylineLaidOutAsSeparateSpansGivesTheName() {
      assertThat(page.author()).isEqualTo("Mai Nguyen");
    }

    @Test
    void bylineBlockIsNotBody() {
      assertThat(page.text()).doesNotContain("By Mai");
    }

    @Test
    void relatedStoriesHeadingLeftAtTheEndIsDropped() {
      assertThat(page.text()).doesNotContain("More on this story");
    }

    @Test
    void imageCaptionIsKept() {
      assertThat(page.text()).startsWith("The Cat Linh - Ha Dong line opened in 2021");
    }
  }

  @Nested
  class BrokenMarkup {
    private final ExtractedPage page = Fixtures.extract("broken.html", "https://baomau.vn/lu.html");

    @Test
    void titleSurvivesAMismatchedClosingTag() {
      assertThat(page.title()).isEqualTo("Người dân vùng lũ dựng lại nhà cửa sau bão");
    }

    @Test
    void unclosedParagraphsStillGiveTheirText() {
      assertThat(page.text())
          .startsWith("Sáng nay, nước lũ trên sông Lam")
          .contains("\n\nChính quyền xã đã huy động");
    }

    @Test
    void vietnameseWordsDateIsRead() {
      assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-10-11T17:00:00Z"));
    }

    @Test
    void unquotedMetaDescriptionIsTheLead() {
      assertThat(page.lead()).startsWith("Nước rút, người dân các xã ven sông Lam");
    }
  }

  @Nested
  class Charsets {
    @Test
    void utf8PageMislabelledAsLatin1IsReadAsUtf8() {
      ExtractedPage page = Fixtures.extract("wrong-charset.html", null);

      assertThat(page.title()).isEqualTo("Giá xăng giảm lần thứ ba liên tiếp");
    }

    @Test
    void pageWithoutCharsetIsReadAsUtf8() {
      ExtractedPage page = Fixtures.extract("missing-charset.html", null);

      assertThat(page.text()).startsWith("Liên Bộ Công Thương - Tài chính");
    }

    @Test
    void latin1PageIsReadWithItsDeclaredCharset() {
      ExtractedPage page = Fixtures.extract("latin1.html", null);

      assertThat(page.title()).isEqualTo("Le café vietnamien à l'honneur à Paris");
    }

    @Test
    void frenchPageIsFrench() {
      assertThat(Fixtures.extract("latin1.html", null).language()).isEqualTo("fr");
    }
  }
}
