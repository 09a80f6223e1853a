package vn.presswatch.ingest.extract.internal;

import java.text.Normalizer;

/** Text normalisation shared by the extractors: Unicode NFC, collapsed whitespace, comparison keys. */
public final class CleanText {
  private CleanText() {}

  /** NFC, whitespace (including no-break and zero-width spaces) collapsed to one space, trimmed; null gives "". */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String nfc =
        Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u200C'
        || c == '\u200D';
  }

  /** Letters and digits only, lower-cased: two texts with the same key differ only in punctuation and spacing. */
  public static String key(String text) {
    String normalised = normalise(text);
    StringBuilder key = new StringBuilder(normalised.length());
    for (int i = 0; i < normalised.length(); ) {
      int cp = normalised.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        key.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return key.toString();
  }

  /** True if one text's key contains the other's and the shorter is at least {@code minRatio} of the longer. */
  public static boolean nearlySame(String a, String b, double minRatio) {
    return nearlySameKeys(key(a), key(b), minRatio);
  }

  /** {@link #nearlySame} for texts already turned into {@link #key}s. */
  public static boolean nearlySameKeys(String ka, String kb, double minRatio) {
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    String longer = ka.length() >= kb.length() ? ka : kb;
    String shorter = longer == ka ? kb : ka;
    return shorter.length() >= minRatio * longer.length() && longer.contains(shorter);
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
