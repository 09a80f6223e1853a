package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyFilterTest {
  private static final String SENTENCE = "Người dân các xã ven sông đã bắt tay dọn dẹp nhà cửa sau khi nước lũ rút.";

  private static Paragraph text(String text) {
    return new Paragraph(text, 0);
  }

  private static BodyFilter.Body filter(Paragraph... paragraphs) {
    return BodyFilter.filter(List.of(paragraphs), "Tiêu đề bài", "Đoạn mở đầu của bài báo.", "");
  }

  @Test
  void keepsOrdinaryParagraphs() {
    assertThat(filter(text(SENTENCE)).paragraphs()).containsExactly(SENTENCE);
  }

  @Test
  void dropsLinkLists() {
    assertThat(filter(new Paragraph("Tin khác trong ngày hôm nay", 27)).paragraphs()).isEmpty();
  }

  @Test
  void dropsSeeMoreLines() {
    assertThat(filter(text("Xem thêm: Mưa lớn gây ngập nhiều tuyến đường"), text(SENTENCE)).paragraphs())
        .containsExactly(SENTENCE);
  }

  @Test
  void dropsTitleAndLeadRepeats() {
    assertThat(filter(text("Tiêu đề bài"), text("Đoạn mở đầu của bài báo"), text(SENTENCE)).paragraphs())
        .containsExactly(SENTENCE);
  }

  @Test
  void dropsShortDateLines() {
    assertThat(filter(text("Thứ tư, 22/10/2025, 19:25 (GMT+7)"), text(SENTENCE)).paragraphs())
        .containsExactly(SENTENCE);
  }

  @Test
  void dropsDateLinesWithWordsAroundTheDate() {
    assertThat(filter(text("Cập nhật lúc 08:47 ngày 07/03/2026 (GMT+7)"), text(SENTENCE)).paragraphs())
        .containsExactly(SENTENCE);
  }

  @Test
  void keepsShortSentencesMentioningADate() {
    String sentence = "Nghị định trên có hiệu lực từ ngày 26/3/2026.";

    assertThat(filter(text(SENTENCE), text(sentence)).paragraphs()).containsExactly(SENTENCE, sentence);
  }

  @Test
  void dropsDuplicates() {
    assertThat(filter(text(SENTENCE), text(SENTENCE)).paragraphs()).containsExactly(SENTENCE);
  }

  @Test
  void closingBylineIsReturnedSeparately() {
    BodyFilter.Body body = filter(text(SENTENCE), text("Lê Phương"));

    assertThat(body.paragraphs()).containsExactly(SENTENCE);
    assertThat(body.byline()).isEqualTo("Lê Phương");
  }

  @Test
  void shortClosingSentenceIsNotAByline() {
    assertThat(filter(text(SENTENCE), text("Mọi việc đã ổn.")).byline()).isEmpty();
  }

  @Test
  void coAuthorsJoinedByDashLookLikeAByline() {
    assertThat(BodyFilter.looksLikeByline("Thu Hà - Minh Anh")).isTrue();
  }

  @Test
  void lowerCaseWordsAreNotAByline() {
    assertThat(BodyFilter.looksLikeByline("Hết hạn đăng ký")).isFalse();
  }

  @Test
  void dropsSeeMoreLinesStartingWithArrows() {
    assertThat(filter(text(">> Xem thêm: Giá vàng hôm nay"), text(SENTENCE)).paragraphs()).containsExactly(SENTENCE);
  }

  @Test
  void closingBylineLinkedToTheAuthorPageIsReturned() {
    assertThat(filter(text(SENTENCE), new Paragraph("Hoàng Yến", 9)).byline()).isEqualTo("Hoàng Yến");
  }

  @Test
  void linkedNameFollowedByTextIsNotAByline() {
    assertThat(filter(new Paragraph("Hoàng Yến", 9), text(SENTENCE)).byline()).isEmpty();
  }

  @Test
  void bylineLosesItsClosingRemark() {
    assertThat(filter(text(SENTENCE), text("Thu Hà (tổng hợp)")).byline()).isEqualTo("Thu Hà");
  }

  @Test
  void closingSourceLineStaysInTheBody() {
    assertThat(filter(text(SENTENCE), text("Theo Reuters")).paragraphs()).containsExactly(SENTENCE, "Theo Reuters");
  }

  @Test
  void dropsShortHeadingsLeftAtTheEnd() {
    assertThat(filter(text(SENTENCE), text("More on this story")).paragraphs()).containsExactly(SENTENCE);
  }

  @Test
  void dropsByLines() {
    assertThat(filter(text("By Mai Nguyen, Hanoi"), text(SENTENCE)).paragraphs()).containsExactly(SENTENCE);
  }

  @Test
  void keepsSentencesStartingWithBy() {
    String sentence = "By 2035 the city wants ten metro lines, officials said.";

    assertThat(filter(text(sentence)).paragraphs()).containsExactly(sentence);
  }

  @Test
  void openingParagraphOfWhichTheLeadIsACutOffCopyBecomesTheFullLead() {
    String opening = "Đoạn mở đầu của bài báo được in đậm.";

    BodyFilter.Body body = filter(text(opening), text(SENTENCE));

    assertThat(body.fullLead()).isEqualTo(opening);
    assertThat(body.paragraphs()).containsExactly(SENTENCE);
  }
}
