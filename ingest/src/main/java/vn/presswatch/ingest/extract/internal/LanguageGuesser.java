package vn.presswatch.ingest.extract.internal;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides a page's language (an ISO 639-1 code) from what it declares and what its text looks like.
 *
 * <p>The text test is cheap: Vietnamese is recognised by its letters (ă â đ ê ô ơ ư and tone-marked vowels) making up
 * a good share of the letters; non-Latin scripts by their Unicode script; English, French, German, Spanish and
 * Indonesian by their commonest short words. A confident text test overrides a declaration, because Vietnamese sites
 * often ship a template's {@code lang="en"}.
 */
public final class LanguageGuesser {
  private static final String VIETNAMESE_LETTERS =
      "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
  private static final double VIETNAMESE_SHARE = 0.06;
  private static final double SCRIPT_SHARE = 0.3;
  private static final double KANA_SHARE = 0.1;
  private static final int MIN_LETTERS = 40;
  private static final int SAMPLE_CHARS = 5000;
  private static final Map<UnicodeScript, String> SCRIPTS =
      Map.of(
          UnicodeScript.HAN, "zh", UnicodeScript.HANGUL, "ko", UnicodeScript.CYRILLIC, "ru", UnicodeScript.THAI, "th",
          UnicodeScript.KHMER, "km", UnicodeScript.LAO, "lo", UnicodeScript.ARABIC, "ar");
  private static final Map<String, Set<String>> STOP_WORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was"),
          "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui"),
          "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "den"),
          "es", Set.of("el", "los", "las", "y", "que", "del", "por", "una", "con", "para"),
          "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "akan"));
  private static final double STOP_WORD_SHARE = 0.08;

  private LanguageGuesser() {}

  /**
   * The page language.
   *
   * @param declared the declared language tag ({@code vi-VN}, {@code en_US}...), or ""
   * @param text a sample of the page text (title and body)
   * @return a lower-case ISO 639-1 code, or "" when neither source says anything
   */
  public static String guess(String declared, String text) {
    String fromText = fromText(text == null ? "" : text);
    if (!fromText.isEmpty()) {
      return fromText;
    }
    return primarySubtag(declared);
  }

  /** "vi-VN" → "vi", "en_US" → "en". */
  private static String primarySubtag(String tag) {
    if (tag == null) {
      return "";
    }
    String primary = tag.trim().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : "";
  }

  private static String fromText(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    String lower = sample.toLowerCase(Locale.ROOT);
    int letters = 0;
    int vietnamese = 0;
    int latin = 0;
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      UnicodeScript script = UnicodeScript.of(cp);
      if (script == UnicodeScript.LATIN) {
        latin++;
        if (VIETNAMESE_LETTERS.indexOf(cp) >= 0) {
          vietnamese++;
        }
      } else {
        scripts.merge(script, 1, Integer::sum);
      }
    }
    if (letters < MIN_LETTERS) {
      return "";
    }
    if (vietnamese >= VIETNAMESE_SHARE * letters) {
      return "vi";
    }
    int kana = scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0);
    if (kana >= KANA_SHARE * letters) {
      // Japanese mixes kana with Han characters, which alone would read as Chinese.
      return "ja";
    }
    for (Map.Entry<UnicodeScript, Integer> entry : scripts.entrySet()) {
      if (entry.getValue() >= SCRIPT_SHARE * letters && SCRIPTS.containsKey(entry.getKey())) {
        return SCRIPTS.get(entry.getKey());
      }
    }
    return latin >= letters / 2 ? byStopWords(lower) : "";
  }

  private static String byStopWords(String lower) {
    String[] words = lower.split("[^\\p{L}]+");
    String best = "";
    double bestShare = STOP_WORD_SHARE;
    for (Map.Entry<String, Set<String>> language : STOP_WORDS.entrySet()) {
      int hits = 0;
      for (String word : words) {
        if (language.getValue().contains(word)) {
          hits++;
        }
      }
      double share = (double) hits / Math.max(1, words.length);
      if (share > bestShare) {
        best = language.getKey();
        bestShare = share;
      }
    }
    return best;
  }
}
