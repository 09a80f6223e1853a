package vn.presswatch.ingest.extract.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by the extractors: Unicode NFC, collapsed whitespace, comparison keys. */
public final class CleanText {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private CleanText() {}

  /** NFC, whitespace (including no-break and zero-width spaces) collapsed to one space, trimmed; null gives "". */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return SPACES.matcher(nfc).replaceAll(" ").trim();
  }

  /** Letters and digits only, lower-cased: two texts with the same key differ only in punctuation and spacing. */
  public static String key(String text) {
    return NOT_LETTER_OR_DIGIT.matcher(normalise(text).toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** True if one text's key contains the other's and the shorter is at least {@code minRatio} of the longer. */
  public static boolean nearlySame(String a, String b, double minRatio) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    String longer = ka.length() >= kb.length() ? ka : kb;
    String shorter = longer == ka ? kb : ka;
    return longer.contains(shorter) && shorter.length() >= minRatio * longer.length();
  }

  /** The first non-blank of {@code candidates}, normalised, or "". */
  public static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      String clean = normalise(candidate);
      if (!clean.isEmpty()) {
        return clean;
      }
    }
    return "";
  }
}
