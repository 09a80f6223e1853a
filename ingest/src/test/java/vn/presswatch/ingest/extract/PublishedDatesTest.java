package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  /** 28 May 2019, 17:47 in Vietnam. */
  private static final Instant VN_1747 = Instant.parse("2019-05-28T10:47:00Z");

  @Test
  void readsRfc1123WithNumericOffset() {
    assertThat(PublishedDates.parse("Tue, 28 May 2019 17:47:00 +0700")).contains(VN_1747);
  }

  @Test
  void readsRfc822TwoDigitYear() {
    assertThat(PublishedDates.parse("Mon, 20 Jul 26 06:25:00 +0700"))
        .contains(Instant.parse("2026-07-19T23:25:00Z"));
  }

  @Test
  void readsOffsetWithColon() {
    assertThat(PublishedDates.parse("Tue, 28 May 2019 17:47:00 +07:00")).contains(VN_1747);
  }

  @Test
  void readsHoursOnlyOffset() {
    assertThat(PublishedDates.parse("Tue, 28 May 2019 17:47:00 +07")).contains(VN_1747);
  }

  @Test
  void readsGmtAsUtc() {
    assertThat(PublishedDates.parse("Tue, 28 May 2019 10:47:00 GMT")).contains(VN_1747);
  }

  @Test
  void readsNegativeOffset() {
    assertThat(PublishedDates.parse("Mon, 27 May 2019 22:47:00 -0500")).contains(Instant.parse("2019-05-28T03:47:00Z"));
  }

  @Test
  void readsRfc822UsZoneName() {
    assertThat(PublishedDates.parse("Mon, 27 May 2019 23:47:00 EDT")).contains(Instant.parse("2019-05-28T03:47:00Z"));
  }

  @Test
  void readsRfc1123WithoutZoneAsVietnamTime() {
    assertThat(PublishedDates.parse("Tue, 28 May 2019 17:47:00")).contains(VN_1747);
  }

  @Test
  void readsIsoWithZ() {
    assertThat(PublishedDates.parse("2019-05-28T10:47:00Z")).contains(VN_1747);
  }

  @Test
  void readsIsoWithOffsetAndFraction() {
    assertThat(PublishedDates.parse("2019-05-28T17:47:00.123+07:00")).contains(VN_1747.plusMillis(123));
  }

  @Test
  void readsIsoWithoutZoneAsVietnamTime() {
    assertThat(PublishedDates.parse("2019-05-28T17:47:00")).contains(VN_1747);
  }

  @Test
  void readsIsoDateOnlyAsStartOfVietnamDay() {
    assertThat(PublishedDates.parse("2019-05-28")).contains(Instant.parse("2019-05-27T17:00:00Z"));
  }

  @Test
  void readsIsoWithSpaceInsteadOfT() {
    assertThat(PublishedDates.parse("2019-05-28 17:47:00")).contains(VN_1747);
  }

  @Test
  void readsUsStyleMonthFirstWithAmPm() {
    assertThat(PublishedDates.parse("7/20/2026 5:25:00 AM")).contains(Instant.parse("2026-07-19T22:25:00Z"));
  }

  @Test
  void readsUsStyleWithNarrowNoBreakSpaceBeforeMeridiem() {
    assertThat(PublishedDates.parse("7/20/2026 5:25:00\u202FPM")).contains(Instant.parse("2026-07-20T10:25:00Z"));
  }

  @Test
  void readsUsStyleMonthFirstEvenWhenDayCouldBeMonth() {
    assertThat(PublishedDates.parse("5/8/2026 12:05:00 AM")).contains(Instant.parse("2026-05-07T17:05:00Z"));
  }

  @Test
  void readsVietnameseWeekdayDatePipeTime() {
    assertThat(PublishedDates.parse("Thứ Ba, 28/05/2019|17:47")).contains(VN_1747);
  }

  @Test
  void readsVietnameseDateThenTime() {
    assertThat(PublishedDates.parse("28/05/2019 17:47")).contains(VN_1747);
  }

  @Test
  void readsVietnameseTimeThenDate() {
    assertThat(PublishedDates.parse("17:47 28/5/2019")).contains(VN_1747);
  }

  @Test
  void readsVietnameseSlashDatesDayFirst() {
    assertThat(PublishedDates.parse("05/08/2019 09:00")).contains(Instant.parse("2019-08-05T02:00:00Z"));
  }

  @Test
  void readsVietnameseDateWithGmtPlusSeven() {
    assertThat(PublishedDates.parse("Thứ hai, 28/5/2019, 17:47 (GMT+7)")).contains(VN_1747);
  }

  @Test
  void readsDashedDateWithDashBeforeTime() {
    assertThat(PublishedDates.parse("28-05-2019 - 17:47")).contains(VN_1747);
  }

  @Test
  void readsDottedDate() {
    assertThat(PublishedDates.parse("28.05.2019 17:47")).contains(VN_1747);
  }

  @Test
  void readsHourLetterTime() {
    assertThat(PublishedDates.parse("Cập nhật lúc 17h47 ngày 28/05/2019")).contains(VN_1747);
  }

  @Test
  void readsVietnameseWordsDate() {
    assertThat(PublishedDates.parse("Ngày 28 tháng 5 năm 2019")).contains(Instant.parse("2019-05-27T17:00:00Z"));
  }

  @Test
  void readsVietnameseWordsDateInDecomposedUnicode() {
    String nfd = java.text.Normalizer.normalize("Ngày 28 tháng 5 năm 2019", java.text.Normalizer.Form.NFD);
    assertThat(PublishedDates.parse(nfd)).contains(Instant.parse("2019-05-27T17:00:00Z"));
  }

  @Test
  void readsTwoDigitYearSlashDate() {
    assertThat(PublishedDates.parse("28/05/19")).contains(Instant.parse("2019-05-27T17:00:00Z"));
  }

  @Test
  void readsTwoDigitYearBefore1970AsTwentiethCentury() {
    assertThat(PublishedDates.parse("01/01/98")).contains(Instant.parse("1997-12-31T17:00:00Z"));
  }

  @Test
  void readsVietnameseAfternoonMarker() {
    assertThat(PublishedDates.parse("28/05/2019 05:47 CH")).contains(VN_1747);
  }

  @Test
  void fallsBackToMonthFirstWhenDayFirstIsImpossible() {
    assertThat(PublishedDates.parse("7/20/2026")).contains(Instant.parse("2026-07-19T17:00:00Z"));
  }

  @Test
  void readsEnglishMonthNameFirst() {
    assertThat(PublishedDates.parse("Updated May 28, 2019 5:47 PM ICT")).contains(VN_1747);
  }

  @Test
  void readsEnglishDayFirstMonthName() {
    assertThat(PublishedDates.parse("28th May 2019, 10:47 GMT")).contains(VN_1747);
  }

  @Test
  void readsUnixSeconds() {
    assertThat(PublishedDates.parse("1559040420")).contains(VN_1747);
  }

  @Test
  void readsUnixMilliseconds() {
    assertThat(PublishedDates.parse("1559040420000")).contains(VN_1747);
  }

  @Test
  void ignoresNull() {
    assertThat(PublishedDates.parse(null)).isEmpty();
  }

  @Test
  void ignoresTextWithoutDate() {
    assertThat(PublishedDates.parse("Cập nhật 2 giờ trước")).isEmpty();
  }

  @Test
  void rejectsImpossibleDate() {
    assertThat(PublishedDates.parse("31/02/2019 17:47")).isEmpty();
  }

  @Test
  void rejectsImpossibleTime() {
    assertThat(PublishedDates.parse("28/05/2019 25:47")).isEmpty();
  }
}
