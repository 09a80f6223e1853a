package vn.presswatch.elastic;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long {@link BulkWriter} keeps retrying a transient failure: up to {@code maxRetries} retries, waiting {@code
 * firstDelay} before the first and twice as long before each next one, never more than {@code maxDelay}.
 *
 * @param maxRetries retries after the first attempt before the writer gives up and throws
 * @param firstDelay wait before the first retry
 * @param maxDelay longest wait between two attempts
 */
public record RetryBackoff(int maxRetries, Duration firstDelay, Duration maxDelay) implements Serializable {
  public RetryBackoff {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("retries must not be negative, got " + maxRetries);
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("retry delays must satisfy 0 <= first (" + firstDelay + ") <= max ("
          + maxDelay + ")");
    }
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration delay(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retries are numbered from 1, got " + retry);
    }
    Duration d = firstDelay;
    for (int i = 1; i < retry && d.compareTo(maxDelay) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }

  /** The longest outage the retries ride out: the sum of every wait. */
  public Duration patience() {
    Duration total = Duration.ZERO;
    for (int retry = 1; retry <= maxRetries; retry++) {
      total = total.plus(delay(retry));
    }
    return total;
  }
}
