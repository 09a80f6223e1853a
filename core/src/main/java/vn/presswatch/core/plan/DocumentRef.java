package vn.presswatch.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.presswatch.core.text.VietnameseText;

/**
 * A Party document a theme cites, such as {@code 35-NQ/TW} (Nghị quyết số 35 of the Central Committee).
 * Knows the spellings the press uses for it, already in {@link VietnameseText#normalize(String) matching form}:
 * the full forms ({@code 35-NQ/TW}, {@code 35/NQ-TW}, {@code 35-NQ-TW}) and the bare forms ({@code Nghị quyết
 * 35}, {@code Nghị quyết số 35}) that name only the kind and number.
 *
 * @param number the document number as written, for example {@code 08}
 * @param type the kind abbreviation, for example {@code NQ}, {@code CT}, {@code QĐi}, {@code KL}
 * @param issuer the issuing body abbreviation, {@code TW} for the Party Central Committee and its organs
 * @param year the year the document was issued, or null when not given
 * @param term the Central Committee's term (khóa) in Roman numerals, for example {@code XII}, or null
 */
public record DocumentRef(String number, String type, String issuer, Integer year, String term) {
  private static final Pattern SHAPE =
      Pattern.compile("(\\d+)\\s*[-/ ]\\s*(\\p{L}+)\\s*[-/ ]\\s*(\\p{L}+)(.*)");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern TERM = Pattern.compile("(?i)kh(?:óa|oá|oa)\\s+([IVXLC]+)\\b");

  /** The Vietnamese name of each kind of document, keyed by its lower-case abbreviation. */
  private static final Map<String, String> KIND_NAMES = Map.of(
      "nq", "nghị quyết",
      "ct", "chỉ thị",
      "qđi", "quy định",
      "qđ", "quy định",
      "kl", "kết luận",
      "kh", "kế hoạch",
      "hd", "hướng dẫn",
      "tb", "thông báo");

  /**
   * Parses {@code 35-NQ/TW} (or {@code 35/NQ-TW}), optionally followed by the year and term that tell it from a
   * later document with the same number: {@code 18-NQ/TW (2017, khóa XII)}. Throws with the expected shape
   * otherwise.
   */
  @JsonCreator
  public static DocumentRef parse(String text) {
    Matcher m = SHAPE.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "document '" + text + "' must look like 35-NQ/TW (number-kind/issuer)");
    }
    String type = m.group(2);
    if (!KIND_NAMES.containsKey(type.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("document '" + text + "' has unknown kind '" + type
          + "'; known kinds: " + String.join(", ", KIND_NAMES.keySet()));
    }
    Matcher year = YEAR.matcher(m.group(4));
    Matcher term = TERM.matcher(m.group(4));
    return new DocumentRef(m.group(1), type, m.group(3),
        year.find() ? Integer.valueOf(year.group()) : null,
        term.find() ? term.group(1).toUpperCase(Locale.ROOT) : null);
  }

  /** The canonical spelling, for example {@code 35-NQ/TW}. */
  public String label() {
    return number + "-" + type + "/" + issuer;
  }

  /** The spelling {@link #parse(String)} reads back, for example {@code 35-NQ/TW (2018, khóa XII)}. */
  @JsonValue
  public String spec() {
    if (year == null && term == null) {
      return label();
    }
    String context = (year == null ? "" : year.toString()) + (year != null && term != null ? ", " : "")
        + (term == null ? "" : "khóa " + term);
    return label() + " (" + context + ")";
  }

  /** Spellings that name number, kind and issuer: {@code 35 nq tw}, {@code 8 qđi tw}, {@code 08 qđ tw}. */
  public List<String> fullForms() {
    Set<String> forms = new LinkedHashSet<>();
    String issuerNorm = VietnameseText.normalize(issuer);
    for (String n : numbers()) {
      for (String kind : kindAbbreviations()) {
        forms.add(n + " " + kind + " " + issuerNorm);
      }
    }
    return new ArrayList<>(forms);
  }

  /** Spellings that name only kind and number: {@code nghị quyết 35}, {@code nghị quyết số 35}. */
  public List<String> bareForms() {
    String name = KIND_NAMES.get(type.toLowerCase(Locale.ROOT));
    Set<String> forms = new LinkedHashSet<>();
    for (String n : numbers()) {
      forms.add(name + " " + n);
      forms.add(name + " số " + n);
    }
    return new ArrayList<>(forms);
  }

  /** The number with and without leading zeros ({@code 08} and {@code 8}). */
  private List<String> numbers() {
    String stripped = number.replaceFirst("^0+(?=\\d)", "");
    return stripped.equals(number) ? List.of(number) : List.of(number, stripped);
  }

  /** {@code QĐi} is often written {@code QĐ}; both are accepted. */
  private List<String> kindAbbreviations() {
    String kind = VietnameseText.normalize(type);
    return kind.equals("qđi") ? List.of("qđi", "qđ") : List.of(kind);
  }
}
