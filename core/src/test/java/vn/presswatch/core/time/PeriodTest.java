package vn.presswatch.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void halfYearsCoverJanuaryToJuneAndJulyToDecember() {
    assertThat(Period.parse("2019-H1").first()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(Period.parse("2019-H1").last()).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(Period.parse("2019-H2").first()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(Period.parse("2019-H2").last()).isEqualTo(LocalDate.of(2019, 12, 31));
  }

  @Test
  void yearAndMonthParse() {
    assertThat(Period.parse("2019").last()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(Period.parse("2020-02").last()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void previousPeriodOfAHalfYearIsTheOtherHalf() {
    assertThat(Period.parse("2019-H1").previous()).isEqualTo(Period.parse("2018-H2"));
    assertThat(Period.parse("2019-H2").previous()).isEqualTo(Period.parse("2019-H1"));
    assertThat(Period.parse("2019").previous()).isEqualTo(Period.parse("2018"));
    assertThat(Period.between(LocalDate.of(2019, 1, 11), LocalDate.of(2019, 1, 20)).previous())
        .isEqualTo(Period.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 10)));
  }

  @Test
  void boundsAreVietnameseMidnights() {
    Period h1 = Period.parse("2019-H1");
    assertThat(h1.startInstant()).isEqualTo(Instant.parse("2018-12-31T17:00:00Z"));
    assertThat(h1.contains(Instant.parse("2019-06-30T16:59:59Z"))).isTrue();
    assertThat(h1.contains(Instant.parse("2019-06-30T17:00:00Z"))).isFalse();
  }

  @Test
  void rejectsUnknownFormsWithTheAcceptedOnes() {
    assertThatThrownBy(() -> Period.parse("H1-2019")).hasMessageContaining("YYYY-H1");
  }
}
