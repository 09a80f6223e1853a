package vn.presswatch.ingest.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how close an extracted body is to the true body: precision, recall and F1 over word 4-grams.
 *
 * <p>Both texts are NFC-normalised, lower-cased and split on whitespace; each counts as a multiset of its
 * consecutive 4-word sequences, and matches are clipped to the smaller count (a paragraph extracted twice earns no
 * extra credit). A text shorter than four words counts as one n-gram of all its words. Two empty texts agree
 * perfectly; an empty text against a non-empty one scores 0.
 */
public final class ExtractionQuality {
  /** The n-gram length. */
  public static final int N = 4;

  private ExtractionQuality() {}

  /**
   * Precision, recall and F1 of an extraction.
   *
   * @param precision share of the extracted n-grams found in the truth
   * @param recall share of the true n-grams found in the extraction
   * @param f1 harmonic mean of precision and recall
   */
  public record Score(double precision, double recall, double f1) {}

  /** Scores {@code extracted} against {@code truth}; null counts as empty. */
  public static Score score(String extracted, String truth) {
    Map<String, Integer> got = nGrams(extracted);
    Map<String, Integer> want = nGrams(truth);
    int gotTotal = total(got);
    int wantTotal = total(want);
    if (gotTotal == 0 && wantTotal == 0) {
      return new Score(1, 1, 1);
    }
    if (gotTotal == 0 || wantTotal == 0) {
      return new Score(0, 0, 0);
    }
    int matched = 0;
    for (Map.Entry<String, Integer> entry : got.entrySet()) {
      matched += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
    }
    double precision = (double) matched / gotTotal;
    double recall = (double) matched / wantTotal;
    double f1 = matched == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1);
  }

  /** The F1 of {@link #score}. */
  public static double f1(String extracted, String truth) {
    return score(extracted, truth).f1();
  }

  private static Map<String, Integer> nGrams(String text) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> words = tokens(text);
    if (words.isEmpty()) {
      return counts;
    }
    if (words.size() < N) {
      counts.put(String.join(" ", words), 1);
      return counts;
    }
    for (int i = 0; i + N <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
    }
    return counts;
  }

  private static List<String> tokens(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
    return List.of(normalised.split("\\s+"));
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
