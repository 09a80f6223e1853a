package vn.presswatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {
  private static final String STORY = "Sáng 20/11, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức hội nghị sơ kết "
      + "ba năm thực hiện Nghị quyết 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, "
      + "đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới. Hội nghị được tổ chức trực tuyến "
      + "tới 63 điểm cầu tỉnh, thành phố. Các đại biểu đánh giá lực lượng chuyên trách đã chủ động cung cấp thông "
      + "tin chính thống, kịp thời phản bác luận điệu xuyên tạc trên không gian mạng.";

  @Test
  void sameTextSameFingerprint() {
    assertThat(ContentFingerprint.of(STORY)).isEqualTo(ContentFingerprint.of(STORY));
  }

  @Test
  void ignoresCaseWhitespacePunctuationAndUnicodeForm() {
    String nfd = Normalizer.normalize(STORY.toUpperCase(), Normalizer.Form.NFD).replace(" ", "  \n");
    assertThat(ContentFingerprint.of(nfd)).isEqualTo(ContentFingerprint.of(STORY));
  }

  @Test
  void lightlyEditedCopyIsClose() {
    String syndicated = STORY + " (Theo TTXVN)";
    int d = ContentFingerprint.distance(ContentFingerprint.of(STORY), ContentFingerprint.of(syndicated));
    assertThat(d).isLessThanOrEqualTo(3);
  }

  @Test
  void differentStoryIsFar() {
    String other = "Chiều 20/11, Sở Giao thông vận tải TP Hồ Chí Minh cho biết tuyến metro số 1 Bến Thành - Suối "
        + "Tiên đã vận chuyển hơn 10 triệu lượt khách sau một năm khai thác thương mại, vượt kế hoạch đề ra. "
        + "Đơn vị vận hành sẽ tăng chuyến vào giờ cao điểm từ tháng tới.";
    int d = ContentFingerprint.distance(ContentFingerprint.of(STORY), ContentFingerprint.of(other));
    assertThat(d).isGreaterThan(10);
  }

  @Test
  void emptyTextHasZeroFingerprint() {
    assertThat(ContentFingerprint.of("  — ")).isZero();
    assertThat(ContentFingerprint.hex(255L)).isEqualTo("00000000000000ff");
  }
}
