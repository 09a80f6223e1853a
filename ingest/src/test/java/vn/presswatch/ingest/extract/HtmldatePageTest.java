package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.outlet.OutletSelectors;
import vn.presswatch.core.time.VietnamTime;

/** The real VnExpress page from the htmldate evaluation set, whose ground truth is its publication day. */
class HtmldatePageTest {
  private static final String URL =
      "https://vnexpress.net/ong-ho-duc-phoc-se-nang-muc-giam-tru-gia-canh-tinh-thue-ca-nhan-khi-sua-luat-4672302.html";

  @Test
  void publicationDayIsTheGroundTruthDay() {
    ExtractedPage page =
        new ArticleExtractor()
            .extract(SharedPages.read("htmldate/VnExpress.net-Kinh-doanh.html"), URL, OutletSelectors.NONE);

    assertThat(VietnamTime.day(page.publishedAt())).isEqualTo(LocalDate.of(2023, 11, 2));
  }

  @Test
  void printedDateAloneGivesTheGroundTruthDay() {
    String html = SharedPages.read("htmldate/VnExpress.net-Kinh-doanh.html");
    String withoutMetadata =
        html.replaceAll("(?s)<script[^>]*ld\\+json.*?</script>", "").replaceAll("<meta[^>]*>", "");

    ExtractedPage page = new ArticleExtractor().extract(withoutMetadata, URL, OutletSelectors.NONE);

    assertThat(VietnamTime.day(page.publishedAt())).isEqualTo(LocalDate.of(2023, 11, 2));
  }
}
