package vn.presswatch.ingest.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.presswatch.core.time.VietnamTime;

/**
 * Parses the publication dates found in Vietnamese (and foreign) news feeds and pages into instants.
 *
 * <p>One lenient parser covers RSS (RFC-822/1123, also with two-digit years), ISO-8601, the US form some feeds emit
 * ({@code 7/20/2026 5:25:00 AM}) and the forms printed on Vietnamese pages ({@code Thứ Ba, 28/05/2019|17:47},
 * {@code 17:47 28/5/2019}, {@code Thứ hai, 28/5/2019, 17:47 (GMT+7)}, {@code Ngày 28 tháng 5 năm 2019}). It looks
 * for a date, then a time outside the date, then a zone right after them, anywhere in the text, so surrounding words
 * ("Cập nhật lúc", weekday names) are ignored.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Without an explicit zone or offset, the local time is Vietnam's ({@link VietnamTime#ZONE}); without a time, the
 *       instant is the start of that day in Vietnam.
 *   <li>Numeric dates {@code a/b/y} (also with {@code -} or {@code .}) are day-first, as printed in Vietnam, except when
 *       the time carries AM/PM: that is the US form, read month-first. If the chosen reading is not a valid date, the
 *       other one is tried ({@code 7/20/2026} can only be 20 July).
 *   <li>Two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999.
 *   <li>Offsets may be written {@code +0700}, {@code +07:00}, {@code +07}, {@code GMT+7}; {@code GMT}, {@code UT},
 *       {@code UTC} and {@code Z} are UTC, {@code ICT} is UTC+7, and the RFC-822 US zone names are understood.
 *   <li>A bare 10-digit (seconds) or 13-digit (milliseconds) number is a Unix timestamp.
 * </ul>
 *
 * <p>Never throws: anything it cannot read confidently gives {@link Optional#empty()}.
 */
public final class PublishedDates {
  private static final String MONTH_NAMES =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<!\\d)(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!\\d)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern VIETNAMESE_WORDS =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm|,|/)\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DAY_MONTH_NAME_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH_NAMES + ")\\.?,?\\s+(\\d{4}|\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME_DAY_YEAR =
      Pattern.compile(
          "\\b(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2})\\s*(?::|h|giờ)\\s*(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?(?![\\d:])"
              + "(?:\\s*(a\\.?m\\.?|p\\.?m\\.?|SA|CH)(?![\\p{L}]))?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ZONE =
      Pattern.compile(
          "^[\\s(]*(?:(GMT|UTC|UT|Z|ICT|[ECMP][SD]T)(?![\\p{L}])\\s*(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?"
              + "|([+-])(\\d{2}):?(\\d{2})?(?!\\d))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  private static final Map<String, Integer> NAMED_ZONE_HOURS =
      Map.ofEntries(
          Map.entry("GMT", 0), Map.entry("UTC", 0), Map.entry("UT", 0), Map.entry("Z", 0), Map.entry("ICT", 7),
          Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
          Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

  private PublishedDates() {}

  /**
   * Reads the first date (with its time and zone, if any) found in {@code text}.
   *
   * @param text a feed or page date; may be null
   * @return the instant, or empty if no valid date was found
   */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String normalised = normalise(text);
    if (EPOCH.matcher(normalised).matches()) {
      long value = Long.parseLong(normalised);
      return Optional.of(normalised.length() == 10 ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value));
    }
    try {
      return Optional.ofNullable(parseNormalised(normalised));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String normalise(String text) {
    // Feeds use NBSP and U+202F (narrow no-break space before AM/PM); pages mix "|" and "," between date and time.
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.replaceAll("[\\u00A0\\u2007\\u202F\\s]+", " ").trim();
  }

  private static Instant parseNormalised(String text) {
    DateMatch date = findDate(text);
    if (date == null) {
      return null;
    }
    String withoutDate = blank(text, date.start, date.end);
    Matcher time = TIME.matcher(withoutDate);
    boolean hasTime = time.find();
    String meridiem = hasTime ? time.group(5) : null;
    LocalDate day = date.toLocalDate(meridiem != null);
    if (day == null) {
      return null;
    }
    LocalTime clock = hasTime ? toLocalTime(time, meridiem) : LocalTime.MIDNIGHT;
    int zoneSearchFrom = Math.max(date.end, hasTime ? time.end() : 0);
    ZoneId zone = findZone(text.substring(zoneSearchFrom));
    return LocalDateTime.of(day, clock).atZone(zone).toInstant();
  }

  private static DateMatch findDate(String text) {
    Matcher m = YEAR_FIRST.matcher(text);
    if (m.find()) {
      return DateMatch.fixed(m, year(m.group(1)), number(m.group(3)), number(m.group(4)));
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      return new DateMatch(m.start(), m.end(), year(m.group(4)), number(m.group(1)), number(m.group(3)), true);
    }
    m = VIETNAMESE_WORDS.matcher(text);
    if (m.find()) {
      return DateMatch.fixed(m, year(m.group(3)), number(m.group(2)), number(m.group(1)));
    }
    m = DAY_MONTH_NAME_YEAR.matcher(text);
    if (m.find()) {
      return DateMatch.fixed(m, year(m.group(3)), monthNumber(m.group(2)), number(m.group(1)));
    }
    m = MONTH_NAME_DAY_YEAR.matcher(text);
    if (m.find()) {
      return DateMatch.fixed(m, year(m.group(3)), monthNumber(m.group(1)), number(m.group(2)));
    }
    return null;
  }

  private static LocalTime toLocalTime(Matcher time, String meridiem) {
    int hour = number(time.group(1));
    int minute = number(time.group(2));
    int second = time.group(3) == null ? 0 : number(time.group(3));
    int nanos = time.group(4) == null ? 0 : number((time.group(4) + "00000000").substring(0, 9));
    if (meridiem != null) {
      boolean afternoon = Character.toLowerCase(meridiem.charAt(0)) == 'p' || meridiem.equalsIgnoreCase("CH");
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("12-hour clock out of range: " + hour);
      }
      hour = hour % 12 + (afternoon ? 12 : 0);
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  private static ZoneId findZone(String rest) {
    Matcher m = ZONE.matcher(rest);
    if (!m.find()) {
      return VietnamTime.ZONE;
    }
    if (m.group(1) != null) {
      String name = m.group(1).toUpperCase(Locale.ROOT);
      ZoneOffset named = ZoneOffset.ofHours(NAMED_ZONE_HOURS.get(name));
      return m.group(2) == null ? named : offset(m.group(2), m.group(3), m.group(4));
    }
    return offset(m.group(5), m.group(6), m.group(7));
  }

  private static ZoneOffset offset(String sign, String hours, String minutes) {
    int h = number(hours);
    int min = minutes == null ? 0 : number(minutes);
    return "-".equals(sign) ? ZoneOffset.ofHoursMinutes(-h, -min) : ZoneOffset.ofHoursMinutes(h, min);
  }

  private static String blank(String text, int start, int end) {
    return text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static int year(String digits) {
    int y = number(digits);
    if (digits.length() == 2) {
      return y < 70 ? 2000 + y : 1900 + y;
    }
    return y;
  }

  private static int monthNumber(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
  }

  /** A date found in the text: where it is, and its numbers before the day/month order is decided. */
  private record DateMatch(int start, int end, int year, int first, int second, boolean ambiguous) {
    /** A date whose month and day are known regardless of any AM/PM. */
    static DateMatch fixed(Matcher m, int year, int month, int day) {
      return new DateMatch(m.start(), m.end(), year, month, day, false);
    }

    /** The calendar date: numeric dates are day-first unless {@code usStyle}; falls back to the other order. */
    LocalDate toLocalDate(boolean usStyle) {
      if (!ambiguous) {
        return validDate(year, first, second);
      }
      int day = usStyle ? second : first;
      int month = usStyle ? first : second;
      LocalDate preferred = validDate(year, month, day);
      return preferred != null ? preferred : validDate(year, day, month);
    }

    private static LocalDate validDate(int year, int month, int day) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
  }
}
