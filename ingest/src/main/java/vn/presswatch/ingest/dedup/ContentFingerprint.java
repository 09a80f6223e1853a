package vn.presswatch.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of an article's words, so that a story re-published with small edits (a changed headline
 * punctuation, an added photo credit, a syndicated copy with another outlet's footer) gets a fingerprint a few bits
 * away from the original's. Text is NFC-normalised and lower-cased; features are overlapping three-word shingles.
 */
public final class ContentFingerprint {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 3;

  private ContentFingerprint() {}

  /** The fingerprint of a text; 0 for a text without words. */
  public static long of(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return 0L;
    }
    int[] weights = new int[64];
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      String feature = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
      long h = fnv1a64(feature);
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** Number of differing bits. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The fingerprint as 16 hex digits, the form stored in {@code Article.fingerprint}. */
  public static String hex(long fingerprint) {
    return String.format("%016x", fingerprint);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
