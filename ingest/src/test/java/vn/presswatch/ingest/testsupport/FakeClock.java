package vn.presswatch.ingest.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.presswatch.core.time.Sleeper;

/** A clock that moves only when told to; its {@link #sleeper()} advances it instead of sleeping. */
public final class FakeClock extends Clock {
  private volatile Instant now;
  private final java.util.List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();

  public FakeClock(Instant start) {
    this.now = start;
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** A sleeper that records each wait and advances this clock by it. */
  public Sleeper sleeper() {
    return d -> {
      sleeps.add(d);
      advance(d);
    };
  }

  /** Every wait requested from {@link #sleeper()}. */
  public java.util.List<Duration> sleeps() {
    return sleeps;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
