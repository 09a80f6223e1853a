package vn.presswatch.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.presswatch.core.time.VietnamTime;

/**
 * Crawl health of one source (one feed of one outlet). Immutable: {@link #success} and {@link #failure} return the
 * updated value. Kept in the crawl state, printed by {@code monitor sources}, published to the source-health topic.
 *
 * @param outlet outlet id
 * @param feed feed URL (the source)
 * @param disabled why the feed is disabled in outlets.yaml, null when enabled
 * @param lastSuccess last fetch that returned a feed (or 304), null when none
 * @param lastError reason and message of the last failure, null when none
 * @param lastErrorAt when it failed
 * @param consecutiveFailures failures since the last success
 * @param lastNewItemAt when the feed last had an item not seen before
 * @param newItemsByDay new items per Vietnam-local day, last {@link #DAYS_KEPT} days
 * @param flag the flag computed at the last update
 */
public record SourceHealth(
    String outlet,
    String feed,
    String disabled,
    Instant lastSuccess,
    String lastError,
    Instant lastErrorAt,
    int consecutiveFailures,
    Instant lastNewItemAt,
    Map<LocalDate, Integer> newItemsByDay,
    HealthFlag flag) {

  /** Days of item counts kept for the items-per-day average. */
  public static final int DAYS_KEPT = 7;

  public SourceHealth {
    newItemsByDay = newItemsByDay == null ? Map.of() : Map.copyOf(newItemsByDay);
  }

  /** A source never fetched. */
  public static SourceHealth fresh(String outlet, String feed, String disabled) {
    return new SourceHealth(outlet, feed, disabled, null, null, null, 0, null, Map.of(),
        disabled == null ? HealthFlag.NEW : HealthFlag.DISABLED);
  }

  /** After a successful poll that found {@code newItems} items not seen before. */
  public SourceHealth success(Instant now, int newItems, Thresholds t) {
    TreeMap<LocalDate, Integer> days = new TreeMap<>(newItemsByDay);
    days.merge(VietnamTime.day(now), newItems, Integer::sum);
    while (days.size() > DAYS_KEPT) {
      days.pollFirstEntry();
    }
    Instant newAt = newItems > 0 ? now : lastNewItemAt;
    return new SourceHealth(outlet, feed, disabled, now, lastError, lastErrorAt, 0, newAt, days, null)
        .reflagged(now, t);
  }

  /** After a failed poll. */
  public SourceHealth failure(Instant now, String reason, Thresholds t) {
    return new SourceHealth(outlet, feed, disabled, lastSuccess, reason, now, consecutiveFailures + 1,
        lastNewItemAt, newItemsByDay, null).reflagged(now, t);
  }

  /** Average new items per day over the days recorded (at most {@link #DAYS_KEPT}). */
  public double itemsPerDay() {
    return newItemsByDay.isEmpty()
        ? 0
        : newItemsByDay.values().stream().mapToInt(Integer::intValue).sum() / (double) newItemsByDay.size();
  }

  /** This health with its flag recomputed for {@code now}. */
  public SourceHealth reflagged(Instant now, Thresholds t) {
    return new SourceHealth(outlet, feed, disabled, lastSuccess, lastError, lastErrorAt, consecutiveFailures,
        lastNewItemAt, newItemsByDay, flagAt(now, t));
  }

  private HealthFlag flagAt(Instant now, Thresholds t) {
    if (disabled != null) {
      return HealthFlag.DISABLED;
    }
    if (consecutiveFailures >= t.failingAfter()) {
      return HealthFlag.FAILING;
    }
    if (lastSuccess == null) {
      return consecutiveFailures > 0 ? HealthFlag.FAILING : HealthFlag.NEW;
    }
    // A feed that answers but has never had an item (an empty envelope) is as useless as one gone quiet.
    return lastNewItemAt == null || Duration.between(lastNewItemAt, now).compareTo(t.silentAfter()) > 0
        ? HealthFlag.SILENT
        : HealthFlag.OK;
  }

  /**
   * When a source counts as failing or silent.
   *
   * @param failingAfter consecutive failures that make a source FAILING
   * @param silentAfter time without a new item that makes a source SILENT
   */
  public record Thresholds(int failingAfter, Duration silentAfter) {
    public static Thresholds from(vn.presswatch.core.config.Settings s) {
      return new Thresholds(s.integer("crawl.failing-after"), s.duration("crawl.silent-after"));
    }
  }
}
