package vn.presswatch.core.text;

import java.text.Normalizer;

/**
 * Normalises Vietnamese text so that a phrase and the text it is looked for in compare equal whatever their
 * spelling habits. {@link #normalize(String)} applies, in one pass:
 *
 * <ul>
 *   <li>Unicode NFC composition;
 *   <li>one tone-mark placement per syllable, so the old and new styles meet ({@code hòa}/{@code hoà},
 *       {@code thủy}/{@code thuỷ}, {@code quý}/{@code qúy} all become the same string);
 *   <li>lower case;
 *   <li>every run of characters that is neither a letter nor a digit becomes one space, and the result is
 *       trimmed: tokens are separated by exactly one space. Document numbers such as {@code 35-NQ/TW} and
 *       {@code 35/NQ-TW} therefore both read {@code 35 nq tw}.
 * </ul>
 *
 * <p>Diacritics are never removed: {@code Đảng} and {@code đang} stay different words.
 */
public final class VietnameseText {
  /** Combining tone marks, indexed by tone number 1..5 (0 is the level tone, which has no mark). */
  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'};

  /** Lower-case vowels that carry no tone mark, in the order used by {@link #COMPOSED}. */
  private static final String BASE_VOWELS = "aăâeêioôơuưy";

  private static final char[] BASE = BASE_VOWELS.toCharArray();

  /** {@code COMPOSED[base][tone]}: the NFC character for a base vowel with a tone. */
  private static final char[][] COMPOSED = new char[BASE_VOWELS.length()][TONE_MARKS.length];

  /** For each char up to U+1EFF: its base vowel index + 1 (0 when not a vowel), and its tone. */
  private static final byte[] VOWEL_OF = new byte[0x1F00];

  private static final byte[] TONE_OF = new byte[0x1F00];

  static {
    for (int b = 0; b < BASE_VOWELS.length(); b++) {
      for (int t = 0; t < TONE_MARKS.length; t++) {
        String s = t == 0 ? String.valueOf(BASE_VOWELS.charAt(b)) : BASE_VOWELS.charAt(b) + "" + TONE_MARKS[t];
        char c = Normalizer.normalize(s, Normalizer.Form.NFC).charAt(0);
        COMPOSED[b][t] = c;
        VOWEL_OF[c] = (byte) (b + 1);
        TONE_OF[c] = (byte) t;
      }
    }
  }

  /** For chars up to U+1EFF (Latin and Vietnamese): the lower-case letter or digit, or 0 for other chars. */
  private static final char[] FOLD = new char[0x1F00];

  /** Whether a base vowel (index into {@link #BASE_VOWELS}) carries its own diacritic: ă â ê ô ơ ư. */
  private static final boolean[] MARKED = new boolean[BASE_VOWELS.length()];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      FOLD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
    for (int b = 0; b < BASE_VOWELS.length(); b++) {
      MARKED[b] = "ăâêôơư".indexOf(BASE_VOWELS.charAt(b)) >= 0;
    }
  }

  private VietnameseText() {}

  /**
   * The matching form of {@code text}: NFC, one tone placement, lower case, punctuation and whitespace folded
   * into single spaces. Returns an empty string for {@code null} or blank input.
   */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char[] out = new char[text.length()];
    return new String(out, 0, normalize(text, out));
  }

  /**
   * Writes the matching form of {@code text} (as {@link #normalize(String)}) into {@code out} and returns its
   * length, so a caller that normalises many texts can reuse one buffer instead of creating strings. {@code out}
   * must hold at least {@code text.length()} chars; the result is never longer than the text.
   */
  public static int normalize(String text, char[] out) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    if (out.length < text.length()) {
      throw new IllegalArgumentException("buffer of " + out.length + " chars for a text of " + text.length());
    }
    int len = fold(text, out, true);
    if (len >= 0) {
      return len;
    }
    // Combining marks: compose first. NFC does not lengthen Vietnamese text; should it lengthen some other
    // script, that text is folded as it is (its marks stay in their words).
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.length() <= out.length ? fold(nfc, out, false) : fold(text, out, false);
  }

  /**
   * Folds {@code text} into {@code out} and returns the length; with {@code stopAtMark}, returns -1 at the first
   * combining diacritic instead (the text needs NFC first, which most text does not).
   */
  private static int fold(String text, char[] out, boolean stopAtMark) {
    int len = 0;
    int wordStart = -1;
    // The current word's vowels: where they start, how many, whether they are contiguous, and its tone marks.
    // Only a word with exactly one tone mark on two or more contiguous vowels can need its tone moved.
    int firstVowel = 0;
    int vowels = 0;
    boolean contiguous = true;
    int tones = 0;
    int tonePos = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      char folded = c < FOLD.length ? FOLD[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
      if (folded != 0) {
        if (wordStart < 0) {
          if (len > 0) {
            out[len++] = ' ';
          }
          wordStart = len;
          vowels = 0;
          contiguous = true;
          tones = 0;
        }
        if (folded < VOWEL_OF.length && VOWEL_OF[folded] != 0) {
          if (vowels == 0) {
            firstVowel = len;
          } else if (len != firstVowel + vowels) {
            contiguous = false; // vowels apart: not one Vietnamese syllable (e.g. a foreign word)
          }
          vowels++;
          if (TONE_OF[folded] != 0) {
            tones++;
            tonePos = len;
          }
        }
        out[len++] = folded;
      } else if (stopAtMark && c >= '\u0300' && c <= '\u036F') {
        return -1;
      } else if (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK && wordStart >= 0) {
        // A mark NFC could not compose (rare input); it belongs to the word, so keep it there.
        out[len++] = c;
      } else if (wordStart >= 0) {
        if (tones == 1 && vowels > 1 && contiguous) {
          placeTone(out, wordStart, len, firstVowel, vowels, tonePos);
        }
        wordStart = -1;
      }
    }
    if (wordStart >= 0 && tones == 1 && vowels > 1 && contiguous) {
      placeTone(out, wordStart, len, firstVowel, vowels, tonePos);
    }
    return len;
  }

  /**
   * Moves the tone mark of the syllable {@code w[from, to)}, whose {@code vowels} contiguous vowels start at
   * {@code firstVowel} and whose only tone mark is at {@code tonePos}, onto the vowel the modern ("new style")
   * rule chooses.
   */
  private static void placeTone(char[] w, int from, int to, int firstVowel, int vowels, int tonePos) {
    int start = firstVowel;
    int count = vowels;
    // "qu" and "gi" are consonants when a vowel follows: quý, giữa.
    if (start - 1 == from && (w[from] == 'q' && base(w[start]) == 'u' || w[from] == 'g' && base(w[start]) == 'i')) {
      start++;
      count--;
    }
    int target = tonedVowel(w, start, count, start + count < to);
    // Most text already uses one placement consistently, so usually there is nothing to move.
    if (target != tonePos) {
      int tone = TONE_OF[w[tonePos]];
      w[tonePos] = COMPOSED[VOWEL_OF[w[tonePos]] - 1][0];
      w[target] = COMPOSED[VOWEL_OF[w[target]] - 1][tone];
    }
  }

  /** Index of the vowel that carries the tone in the vowel cluster {@code w[start, start+count)}. */
  private static int tonedVowel(char[] w, int start, int count, boolean closed) {
    // A vowel with its own diacritic (â ă ê ô ơ ư) takes the tone; in ươ the ơ does.
    int marked = -1;
    for (int i = start; i < start + count; i++) {
      if (MARKED[VOWEL_OF[w[i]] - 1]) {
        marked = i;
      }
    }
    if (marked >= 0) {
      return marked;
    }
    if (count == 1) {
      return start;
    }
    if (closed || count == 3) {
      return closed ? start + count - 1 : start + 1;
    }
    char first = base(w[start]);
    char second = base(w[start + 1]);
    boolean secondTakesTone = first == 'o' && (second == 'a' || second == 'e') || first == 'u' && second == 'y';
    return secondTakesTone ? start + 1 : start;
  }

  private static char base(char c) {
    return c < VOWEL_OF.length && VOWEL_OF[c] != 0 ? BASE[VOWEL_OF[c] - 1] : c;
  }
}
