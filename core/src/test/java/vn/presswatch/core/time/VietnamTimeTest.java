package vn.presswatch.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnamTimeTest {
  @Test
  void anEveningInUtcIsTheNextDayInVietnam() {
    assertThat(VietnamTime.day(Instant.parse("2019-05-28T17:30:00Z"))).isEqualTo(LocalDate.of(2019, 5, 29));
    assertThat(VietnamTime.day(Instant.parse("2019-05-28T16:59:59Z"))).isEqualTo(LocalDate.of(2019, 5, 28));
  }
}
