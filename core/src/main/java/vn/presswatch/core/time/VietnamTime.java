package vn.presswatch.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Vietnam's civil time: every day, month and period the users read is a day in Asia/Ho_Chi_Minh, never UTC. */
public final class VietnamTime {
  /** Asia/Ho_Chi_Minh (UTC+07:00, no daylight saving). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  /** The local calendar day in Vietnam on which {@code instant} falls. */
  public static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The instant at which the Vietnamese calendar day {@code day} starts. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
