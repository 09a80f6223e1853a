package vn.presswatch.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of whole Vietnamese calendar days, both ends inclusive: a half-year ({@code 2019-H1}), a year
 * ({@code 2019}), a month ({@code 2019-05}) or any range of days.
 *
 * @param label how the period is written, for example {@code 2019-H1} or {@code 2019-01-01..2019-03-31}
 * @param first first day
 * @param last last day
 */
public record Period(String label, LocalDate first, LocalDate last) {
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  public Period {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period ends (" + last + ") before it starts (" + first + ")");
    }
  }

  /**
   * Parses {@code 2019-H1}, {@code 2019-H2}, {@code 2019} or {@code 2019-05}.
   *
   * @throws IllegalArgumentException with the accepted forms when {@code text} is none of them
   */
  public static Period parse(String text) {
    String t = text == null ? "" : text.trim();
    Matcher half = HALF.matcher(t);
    if (half.matches()) {
      int year = Integer.parseInt(half.group(1));
      return half.group(2).equals("1")
          ? new Period(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
          : new Period(t, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }
    if (YEAR.matcher(t).matches()) {
      int year = Integer.parseInt(t);
      return new Period(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    Matcher month = MONTH.matcher(t);
    if (month.matches()) {
      LocalDate first = LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
      return new Period(t, first, first.withDayOfMonth(first.lengthOfMonth()));
    }
    throw new IllegalArgumentException(
        "unknown period '" + text + "': use YYYY-H1, YYYY-H2, YYYY or YYYY-MM (or --from/--to dates)");
  }

  /** The period of days from {@code first} to {@code last}, inclusive. */
  public static Period between(LocalDate first, LocalDate last) {
    return new Period(first + ".." + last, first, last);
  }

  /** The period of the same length that ends the day before this one starts, for comparisons. */
  public Period previous() {
    if (HALF.matcher(label).matches() || YEAR.matcher(label).matches() || MONTH.matcher(label).matches()) {
      long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last.plusDays(1));
      LocalDate start = first.minusMonths(months);
      return relabel(start, first.minusDays(1), months);
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    return between(first.minusDays(days), first.minusDays(1));
  }

  private static Period relabel(LocalDate start, LocalDate end, long months) {
    if (months == 12) {
      return parse(Integer.toString(start.getYear()));
    }
    if (months == 6) {
      return parse(start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2));
    }
    if (months == 1) {
      return parse(String.format("%d-%02d", start.getYear(), start.getMonthValue()));
    }
    return between(start, end);
  }

  /** The instant the period starts, in Vietnam. */
  public Instant startInstant() {
    return VietnamTime.startOf(first);
  }

  /** The instant just after the period ends (exclusive bound), in Vietnam. */
  public Instant endInstantExclusive() {
    return VietnamTime.startOf(last.plusDays(1));
  }

  /** Whether {@code instant} falls on one of this period's Vietnamese days. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(startInstant()) && instant.isBefore(endInstantExclusive());
  }
}
