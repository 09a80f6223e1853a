package vn.presswatch.processing.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of a classifier on a gold set, per theme and averaged (micro over all decisions,
 * macro over themes). A theme with no predictions has precision 1, one with no gold articles recall 1: neither
 * made a mistake of that kind. Build with {@link #run(PlanClassifier, List, List)}.
 *
 * @param themes per-theme figures in plan order
 * @param micro figures over all (article, theme) decisions
 * @param macroF1 mean of the per-theme F1
 * @param macroPrecision mean of the per-theme precision
 * @param macroRecall mean of the per-theme recall
 * @param articles number of gold articles
 * @param errors the articles where prediction and gold differ, for reading
 */
public record Evaluation(
    List<Score> themes,
    Score micro,
    double macroPrecision,
    double macroRecall,
    double macroF1,
    int articles,
    List<Error> errors) {

  /** Counts and figures for one theme (or, for the micro average, for all). */
  public record Score(String themeId, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** One article the classifier got wrong: what the gold says and what was predicted. */
  public record Error(String articleId, Set<String> gold, List<String> predicted) {}

  /** Classifies every gold article and scores the result against its labels for the given theme ids. */
  public static Evaluation run(PlanClassifier classifier, List<String> themeIds, List<GoldArticle> gold) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // theme -> {tp, fp, fn}
    themeIds.forEach(t -> counts.put(t, new int[3]));
    List<Error> errors = new ArrayList<>();
    for (GoldArticle g : gold) {
      ArticleInput a = g.article();
      List<String> predicted = classifier.classify(a.title(), a.lead(), a.body()).themeIds();
      for (String t : themeIds) {
        boolean p = predicted.contains(t);
        boolean y = g.themes().contains(t);
        int[] c = counts.get(t);
        c[p && y ? 0 : p ? 1 : 2] += p || y ? 1 : 0;
      }
      if (!Set.copyOf(predicted).equals(g.themes())) {
        errors.add(new Error(a.id(), g.themes(), predicted));
      }
    }
    List<Score> scores = new ArrayList<>();
    int[] total = new int[3];
    counts.forEach((t, c) -> {
      scores.add(new Score(t, c[0], c[1], c[2]));
      for (int i = 0; i < 3; i++) {
        total[i] += c[i];
      }
    });
    double mp = scores.stream().mapToDouble(Score::precision).average().orElse(0);
    double mr = scores.stream().mapToDouble(Score::recall).average().orElse(0);
    double mf = scores.stream().mapToDouble(Score::f1).average().orElse(0);
    return new Evaluation(scores, new Score("micro", total[0], total[1], total[2]), mp, mr, mf, gold.size(),
        errors);
  }

  /** The figures as a fixed-width table, one theme per line, then the averages. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-6s %5s %5s %5s %9s %7s %6s%n", "theme", "tp", "fp", "fn",
        "precision", "recall", "f1"));
    for (Score s : themes) {
      sb.append(line(s.themeId(), s));
    }
    sb.append(line("micro", micro));
    sb.append(String.format(Locale.ROOT, "%-6s %17s %9.3f %7.3f %6.3f%n", "macro", "", macroPrecision,
        macroRecall, macroF1));
    sb.append(String.format(Locale.ROOT, "%d articles, %d with an error%n", articles, errors.size()));
    return sb.toString();
  }

  private static String line(String label, Score s) {
    return String.format(Locale.ROOT, "%-6s %5d %5d %5d %9.3f %7.3f %6.3f%n", label, s.truePositives(),
        s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
  }
}
