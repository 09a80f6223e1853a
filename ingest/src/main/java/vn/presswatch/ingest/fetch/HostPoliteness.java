package vn.presswatch.ingest.fetch;

import vn.presswatch.core.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-host politeness: at most one request to a host at a time, and a pause between the end of one request and the
 * start of the next. Time comes from an injected {@link Clock} and waiting goes through an injected {@link Sleeper},
 * so schedules can be tested without sleeping.
 *
 * <p>Use: {@code try (HostPoliteness.Turn turn = politeness.acquire(host, delay)) { ...one request... }}.
 */
public final class HostPoliteness {
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, HostSlot> hosts = new ConcurrentHashMap<>();
  private final AtomicLong waitedNanos = new AtomicLong();

  public HostPoliteness(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until this thread may send one request to {@code host}.
   *
   * @param delay the pause the host asks for after this request
   */
  public Turn acquire(String host, Duration delay) throws InterruptedException {
    HostSlot slot = hosts.computeIfAbsent(host, h -> new HostSlot());
    slot.connection.acquire();
    try {
      Duration wait = Duration.between(clock.instant(), slot.nextAllowed);
      if (!wait.isNegative() && !wait.isZero()) {
        waitedNanos.addAndGet(wait.toNanos());
        sleeper.sleep(wait);
      }
    } catch (InterruptedException | RuntimeException e) {
      slot.connection.release();
      throw e;
    }
    return new Turn(slot, delay);
  }

  /** Total time spent waiting for hosts, so that benchmarks and progress lines can leave it out. */
  public Duration totalWait() {
    return Duration.ofNanos(waitedNanos.get());
  }

  /** The earliest instant the next request to {@code host} may start. */
  public Instant nextAllowed(String host) {
    HostSlot slot = hosts.get(host);
    return slot == null ? Instant.MIN : slot.nextAllowed;
  }

  private static final class HostSlot {
    final Semaphore connection = new Semaphore(1);
    volatile Instant nextAllowed = Instant.MIN;
  }

  /** The right to send one request to a host; closing it starts the host's pause. */
  public final class Turn implements AutoCloseable {
    private final HostSlot slot;
    private final Duration delay;
    private boolean closed;

    private Turn(HostSlot slot, Duration delay) {
      this.slot = slot;
      this.delay = delay;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        slot.nextAllowed = clock.instant().plus(delay);
        slot.connection.release();
      }
    }
  }
}
