package vn.presswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.presswatch.ingest.testsupport.FakeClock;

class HostPolitenessTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-25T00:00:00Z"));
  private final HostPoliteness politeness = new HostPoliteness(clock, clock.sleeper());

  @Test
  void firstRequestToAHostDoesNotWait() throws Exception {
    politeness.acquire("http://a:80", Duration.ofSeconds(5)).close();
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void secondRequestWaitsForTheDelayAfterTheFirstEnded() throws Exception {
    try (HostPoliteness.Turn t = politeness.acquire("http://a:80", Duration.ofSeconds(5))) {
      clock.advance(Duration.ofSeconds(1)); // the request itself takes a second
    }
    clock.advance(Duration.ofSeconds(2));
    politeness.acquire("http://a:80", Duration.ofSeconds(5)).close();
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(politeness.totalWait()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void hostsAreIndependent() throws Exception {
    politeness.acquire("http://a:80", Duration.ofSeconds(5)).close();
    politeness.acquire("http://b:80", Duration.ofSeconds(5)).close();
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void oneConnectionPerHostAtATime() throws Exception {
    HostPoliteness.Turn held = politeness.acquire("http://a:80", Duration.ZERO);
    java.util.concurrent.CountDownLatch acquired = new java.util.concurrent.CountDownLatch(1);
    Thread other = new Thread(() -> {
      try {
        politeness.acquire("http://a:80", Duration.ZERO).close();
        acquired.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    other.start();
    assertThat(acquired.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)).isFalse();
    held.close();
    assertThat(acquired.await(2, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }
}
