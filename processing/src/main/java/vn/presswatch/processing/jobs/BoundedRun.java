package vn.presswatch.processing.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.presswatch.core.time.Period;

/**
 * A bounded run of the coverage job (a reprocess): it reads the articles topic from the first record stamped at or
 * after {@link #from()} to the end offsets current when it starts, and counts only the articles published in
 * {@code [from, toExclusive)}, with fresh state.
 *
 * <p>Kafka's record timestamps are publication times but are not ordered within a partition (a backfill writes 2019
 * articles after 2024 ones), so the end cannot be a timestamp offset: a later offset may still hold an article of the
 * range. The start can: every record before the first offset stamped at or after {@code from} is older than it.
 *
 * @param from first instant of the range (start of a Vietnamese day)
 * @param toExclusive first instant after the range (start of the Vietnamese day after the last one)
 * @param startedAt when the run started, to the millisecond: every document it writes carries it (coverage {@code
 *     updated_at}, article {@code indexed_at}), which tells the buckets it rewrote from the ones it did not
 */
public record BoundedRun(Instant from, Instant toExclusive, Instant startedAt) implements Serializable {
  public BoundedRun {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toExclusive, "toExclusive");
    Objects.requireNonNull(startedAt, "startedAt");
    if (!toExclusive.isAfter(from)) {
      throw new IllegalArgumentException("empty range: " + from + " to " + toExclusive);
    }
    startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The run over the Vietnamese days of {@code period}, starting now. */
  public static BoundedRun of(Period period, Instant startedAt) {
    return new BoundedRun(period.startInstant(), period.endInstantExclusive(), startedAt);
  }

  /** Whether an article published at {@code publishedAt} belongs to the range. */
  public boolean contains(Instant publishedAt) {
    return !publishedAt.isBefore(from) && publishedAt.isBefore(toExclusive);
  }
}
