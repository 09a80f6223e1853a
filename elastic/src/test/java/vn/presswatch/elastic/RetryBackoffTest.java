package vn.presswatch.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  @Test
  void delaysDoubleFromTheFirstAndStopGrowingAtTheMaximum() {
    RetryBackoff b = new RetryBackoff(8, Duration.ofMillis(200), Duration.ofSeconds(2));
    assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(b::delay)).containsExactly(
        Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600),
        Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void patienceIsTheSumOfEveryWait() {
    assertThat(new RetryBackoff(3, Duration.ofMillis(100), Duration.ofSeconds(30)).patience())
        .isEqualTo(Duration.ofMillis(700));
    assertThat(new RetryBackoff(0, Duration.ofMillis(100), Duration.ofSeconds(30)).patience()).isZero();
  }

  @Test
  void aHugeRetryNumberDoesNotOverflow() {
    assertThat(new RetryBackoff(1000, Duration.ofMillis(1), Duration.ofSeconds(30)).delay(1000))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void rejectsNegativeRetriesAndAMaximumBelowTheFirstDelay() {
    assertThatThrownBy(() -> new RetryBackoff(-1, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
  }
}
