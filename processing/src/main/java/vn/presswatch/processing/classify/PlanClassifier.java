package vn.presswatch.processing.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.plan.DocumentRef;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanForm;
import vn.presswatch.core.plan.Scoring;
import vn.presswatch.core.plan.Signals;
import vn.presswatch.core.plan.Theme;
import vn.presswatch.core.text.VietnameseText;
import vn.presswatch.processing.classify.internal.PhraseMatcher;

/**
 * Credits an article with the themes of a plan it covers, and says why. Every signal of every theme (key and
 * supporting phrases, document numbers in their usual spellings, negatives) is compiled into one dictionary
 * matcher; an article is normalised ({@link VietnameseText#normalize}) and scanned once per field.
 *
 * <p>Scoring: each signal found adds its weight times its field's weight (title above lead above body), with
 * at most {@value #MAX_COUNTED} occurrences counted per signal and field. Overlapping signals of one theme count
 * as one mention; a signal that overlaps a negative phrase does not count. A theme is credited when its score
 * reaches its threshold and at least one strong signal (a key phrase or a document cited in full) was found;
 * when the plan's scoring says so, a theme found only in the body must reach its threshold on strong signals
 * alone, so that the supporting phrases a long body repeats cannot lift it. A plan-wide title veto in the title
 * rules out every theme; a theme's title negative rules out that theme.
 *
 * <p>Build once with {@link #of(Plan)}; an instance is immutable, thread-safe and serialisable, so a Flink
 * operator can build it in {@code open()} or ship it with the job graph.
 */
public final class PlanClassifier implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PlanClassifier.class);

  /** More occurrences of one signal in one field do not add more evidence. */
  static final int MAX_COUNTED = 3;

  private static final String[] FIELDS = {"title", "lead", "body"};

  /** Tokens after "Nghị quyết số 18" that show it is someone else's document (18/NQ-CP, 18/2019/QH14). */
  private static final Set<String> OTHER_DOCUMENT_TOKENS = Set.of(
      "nq", "ct", "qđ", "qđi", "kl", "kh", "hd", "tb", "nđ", "tt", "ttg", "cp", "qh", "ubnd", "hđnd", "bct");

  /** Bodies named after "của" that show a document is not the Party's (của Chính phủ, của Quốc hội). */
  private static final Set<String> STATE_BODIES = Set.of("chính", "quốc", "thủ", "ubnd", "hđnd", "hội", "bộ");

  /** How many words around a document mention are read for its date and term. */
  static final int CONTEXT_WORDS = 12;

  private static final String TERM_WORD = VietnameseText.normalize("khóa");
  /** Central Committee terms written in Arabic digits, by number, as the Roman numerals the plan uses. */
  private static final String[] ROMAN_TERMS = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
      "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

  private final String planId;
  private final String[] themeIds;
  private final double[] thresholds;
  private final double[] fieldWeights;
  /** Whether a theme found only in the body must reach its threshold on strong signals alone. */
  private final boolean bodyOnlyStrongSignals;
  private final String[] formIds;
  private final boolean[] formStandalone;
  private final PhraseMatcher matcher;
  /** For each phrase, the signals it carries (a phrase can serve several themes). */
  private final int[][] signalsOfPhrase;
  private final Signal[] signals;

  private PlanClassifier(Plan plan, List<String> phrases, List<List<Integer>> uses, List<Signal> signals) {
    this.planId = plan.id();
    this.themeIds = plan.themes().stream().map(Theme::id).toArray(String[]::new);
    this.thresholds = plan.themes().stream().mapToDouble(plan::thresholdOf).toArray();
    Scoring s = plan.scoring();
    this.fieldWeights = new double[] {s.titleWeight(), s.leadWeight(), s.bodyWeight()};
    this.bodyOnlyStrongSignals = s.bodyOnlyStrongSignals();
    this.formIds = plan.forms().stream().map(PlanForm::id).toArray(String[]::new);
    this.formStandalone = new boolean[formIds.length];
    for (int f = 0; f < formIds.length; f++) {
      formStandalone[f] = plan.forms().get(f).standalone();
    }
    this.matcher = new PhraseMatcher(phrases);
    this.signalsOfPhrase = uses.stream().map(u -> u.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    this.signals = signals.toArray(Signal[]::new);
  }

  /** Compiles {@code plan} into a classifier. */
  public static PlanClassifier of(Plan plan) {
    SignalTable table = new SignalTable(plan);
    PlanClassifier classifier = new PlanClassifier(plan, table.phrases, table.uses, table.signals);
    LOG.info("classifier for plan {}: {} themes, {} signals, {} distinct phrases, {} matcher states",
        plan.id(), plan.themes().size(), table.signals.size(), table.phrases.size(), classifier.matcher.states());
    return classifier;
  }

  /** The id of the plan this classifier was built from. */
  public String planId() {
    return planId;
  }

  /** Classifies one article; any field may be null or empty. */
  public Classification classify(String title, String lead, String body) {
    int[][] counts = new int[signals.length][];
    boolean[] forms = new boolean[formIds.length];
    Set<String> otherIssues = new HashSet<>();
    String[] texts = {title, lead, body};
    // One buffer for the three fields' normalised forms: matching reads it directly, no string is built unless
    // a document mention needs its context read.
    int longest = 0;
    for (String t : texts) {
      longest = Math.max(longest, t == null ? 0 : t.length());
    }
    NormalizedField field = new NormalizedField(new char[longest]);
    field.fill(title);
    boolean[] titleVetoed = titleVetoes(field);
    if (titleVetoed[themeIds.length]) {
      return new Classification(planId, List.of(), List.of(), Map.of());
    }
    for (int f = 0; f < FIELDS.length; f++) {
      if (f > 0) {
        field.fill(texts[f]);
      }
      scanField(field, f, counts, forms, otherIssues);
    }
    // One article means one document by one number: once a mention is dated as another issue, none counts.
    for (int id = 0; id < signals.length; id++) {
      if (counts[id] != null && otherIssues.contains(signals[id].label)) {
        counts[id] = null;
      }
    }
    return score(counts, forms, titleVetoed);
  }

  /**
   * Which themes the title rules out: index {@code t} for a theme whose title negative occurs, the last index
   * for a plan-wide title veto (the article is about something else entirely: no theme, no form).
   */
  private boolean[] titleVetoes(NormalizedField title) {
    boolean[] vetoed = new boolean[themeIds.length + 1];
    matcher.match(title.chars, title.length, (phrase, start, end) -> {
      for (int id : signalsOfPhrase[phrase]) {
        Signal sig = signals[id];
        if (sig.kind == Kind.TITLE_VETO) {
          vetoed[themeIds.length] = true;
        } else if (sig.kind == Kind.TITLE_NEGATIVE) {
          vetoed[sig.theme] = true;
        }
      }
    });
    return vetoed;
  }

  private void scanField(NormalizedField text, int field, int[][] counts, boolean[] forms, Set<String> otherIssues) {
    if (text.length == 0) {
      return;
    }
    List<int[]> hits = new ArrayList<>(); // {signal, start, end}
    List<int[]> vetoes = new ArrayList<>(); // {theme or -1 for all, start, end}
    matcher.match(text.chars, text.length, (phrase, start, end) -> {
      for (int id : signalsOfPhrase[phrase]) {
        Signal sig = signals[id];
        if (sig.kind == Kind.TITLE_VETO || sig.kind == Kind.TITLE_NEGATIVE) {
          continue;
        } else if (sig.kind == Kind.NEGATIVE) {
          vetoes.add(new int[] {sig.theme, start, end});
        } else if (sig.kind != Kind.BARE_DOCUMENT && sig.kind != Kind.DOCUMENT) {
          hits.add(new int[] {id, start, end});
        } else if (!sameIssue(text.string(), start, end, sig)) {
          otherIssues.add(sig.label);
        } else if (sig.kind == Kind.DOCUMENT || namesPartyDocument(text.string(), end)) {
          hits.add(new int[] {id, start, end});
        }
      }
    });
    // Longest first among hits starting at the same place, so a chain of overlapping hits starts with it.
    hits.sort(Comparator.<int[]>comparingInt(h -> h[1]).thenComparingInt(h -> -h[2]));
    // Per theme, overlapping hits form one mention (a chain): it counts once, under its first hit, and not at
    // all when any of its hits overlaps a negative phrase.
    int[] chainFirst = new int[themeIds.length];
    int[] chainEnd = new int[themeIds.length];
    boolean[] chainVetoed = new boolean[themeIds.length];
    Arrays.fill(chainFirst, -1);
    for (int[] hit : hits) {
      Signal sig = signals[hit[0]];
      boolean vetoed = vetoed(vetoes, sig.theme, hit[1], hit[2]);
      if (sig.kind == Kind.FORM) {
        forms[sig.form] |= !vetoed;
        continue;
      }
      int t = sig.theme;
      if (chainFirst[t] >= 0 && hit[1] < chainEnd[t]) {
        chainEnd[t] = Math.max(chainEnd[t], hit[2]);
        chainVetoed[t] |= vetoed;
        continue;
      }
      count(chainFirst[t], chainVetoed[t], field, counts);
      chainFirst[t] = hit[0];
      chainEnd[t] = hit[2];
      chainVetoed[t] = vetoed;
    }
    for (int t = 0; t < themeIds.length; t++) {
      count(chainFirst[t], chainVetoed[t], field, counts);
    }
  }

  private static void count(int signal, boolean vetoed, int field, int[][] counts) {
    if (signal < 0 || vetoed) {
      return;
    }
    if (counts[signal] == null) {
      counts[signal] = new int[FIELDS.length];
    }
    counts[signal][field]++;
  }

  private static boolean vetoed(List<int[]> vetoes, int theme, int start, int end) {
    for (int[] v : vetoes) {
      if ((v[0] < 0 || v[0] == theme) && v[1] < end && start < v[2]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a bare mention ("Nghị quyết số 18") that ends at {@code end} names the Party's document rather
   * than another body's ("Nghị quyết số 18/NQ-CP", "Nghị quyết 18/2019/QH14", "Nghị quyết 18 của Chính phủ").
   */
  private static boolean namesPartyDocument(String text, int end) {
    String next = tokenAt(text, end + 1);
    if (next.isEmpty()) {
      return true;
    }
    if (Character.isDigit(next.charAt(0)) || OTHER_DOCUMENT_TOKENS.contains(next)) {
      return false;
    }
    return !(next.equals("của") && STATE_BODIES.contains(tokenAt(text, end + 2 + next.length())));
  }

  /**
   * Whether the date and term written around a document mention agree with the plan's document: numbers are
   * reused by every Central Committee, so "Nghị quyết 18-NQ/TW ngày 28/7/2026 ... khóa XIV" is not the 2017
   * resolution the plan cites. The first year after the mention, and the nearest "khóa N" after (else before)
   * it, decide; a mention without them is accepted.
   */
  private static boolean sameIssue(String text, int start, int end, Signal sig) {
    if (sig.year == 0 && sig.term == null) {
      return true;
    }
    String[] after = words(text, end, CONTEXT_WORDS, true);
    String[] before = words(text, start, CONTEXT_WORDS, false);
    for (String w : after) {
      if (w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20"))) {
        if (sig.year != 0 && Integer.parseInt(w) != sig.year) {
          return false;
        }
        break;
      }
    }
    String term = termIn(after, true);
    if (term == null) {
      term = termIn(before, false);
    }
    return term == null || sig.term == null || term.equals(sig.term);
  }

  /**
   * The term after the first (or last) "khóa" in {@code words}, as a lower-case Roman numeral, or null. Some outlets
   * write the term in Arabic digits ("khóa 14"): they are read as the same term.
   */
  private static String termIn(String[] words, boolean first) {
    String found = null;
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i].equals(TERM_WORD)) {
        String term = roman(words[i + 1]);
        if (term != null) {
          found = term;
          if (first) {
            return found;
          }
        }
      }
    }
    return found;
  }

  /** {@code word} as a lower-case Roman numeral when it is one, or a term number from 1 to 20; else null. */
  private static String roman(String word) {
    if (!word.isEmpty() && word.chars().allMatch(c -> "ivxlc".indexOf(c) >= 0)) {
      return word;
    }
    if (word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(word);
      return n >= 1 && n < ROMAN_TERMS.length ? ROMAN_TERMS[n] : null;
    }
    return null;
  }

  /** Up to {@code n} words after {@code from} (or before it), in text order. */
  private static String[] words(String text, int from, int n, boolean forward) {
    // A Vietnamese word is short; this many chars hold n of them.
    int reach = n * 16;
    String span = forward ? text.substring(from, Math.min(text.length(), from + reach))
        : text.substring(Math.max(0, from - reach), from);
    String[] all = span.strip().isEmpty() ? new String[0] : span.strip().split(" ");
    if (all.length <= n) {
      return all;
    }
    return forward ? Arrays.copyOfRange(all, 0, n) : Arrays.copyOfRange(all, all.length - n, all.length);
  }

  private static String tokenAt(String text, int from) {
    if (from >= text.length()) {
      return "";
    }
    int to = text.indexOf(' ', from);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  private Classification score(int[][] counts, boolean[] forms, boolean[] titleVetoed) {
    double[] scores = new double[themeIds.length];
    double[] strongScores = new double[themeIds.length];
    boolean[] strong = new boolean[themeIds.length];
    boolean[] titleHit = new boolean[themeIds.length];
    Map<Integer, List<Evidence>> evidence = new HashMap<>();
    Map<Evidence, Double> weightOf = new HashMap<>();
    for (int id = 0; id < counts.length; id++) {
      if (counts[id] == null) {
        continue;
      }
      Signal sig = signals[id];
      for (int f = 0; f < FIELDS.length; f++) {
        int n = counts[id][f];
        if (n == 0) {
          continue;
        }
        double contribution = sig.weight * fieldWeights[f] * Math.min(n, MAX_COUNTED);
        scores[sig.theme] += contribution;
        if (sig.kind.strong) {
          strongScores[sig.theme] += contribution;
        }
        strong[sig.theme] |= sig.kind.strong;
        titleHit[sig.theme] |= f < 2;
        Evidence e = new Evidence(sig.label, FIELDS[f], n);
        evidence.computeIfAbsent(sig.theme, t -> new ArrayList<>()).add(e);
        weightOf.merge(e, contribution, Double::sum);
      }
    }
    List<ThemeMatch> credited = new ArrayList<>();
    Map<String, Double> all = new LinkedHashMap<>();
    for (int t = 0; t < themeIds.length; t++) {
      if (scores[t] == 0) {
        continue;
      }
      all.put(themeIds[t], scores[t]);
      boolean enough = scores[t] >= thresholds[t]
          && (titleHit[t] || !bodyOnlyStrongSignals || strongScores[t] >= thresholds[t]);
      if (strong[t] && enough && !titleVetoed[t]) {
        List<Evidence> ev = evidence.get(t);
        ev.sort(Comparator.comparingDouble((Evidence e) -> -weightOf.get(e)));
        credited.add(new ThemeMatch(themeIds[t], scores[t], titleHit[t], ev));
      }
    }
    credited.sort(Comparator.comparingDouble(ThemeMatch::score).reversed());
    List<String> formLabels = new ArrayList<>();
    for (int f = 0; f < formIds.length; f++) {
      if (forms[f] && (formStandalone[f] || !credited.isEmpty())) {
        formLabels.add(formIds[f]);
      }
    }
    return new Classification(planId, credited, formLabels, all);
  }

  /** One field's normalised text in a reused buffer; its string is built only when asked for. */
  private static final class NormalizedField {
    final char[] chars;
    int length;
    private String string;

    NormalizedField(char[] chars) {
      this.chars = chars;
    }

    void fill(String raw) {
      length = VietnameseText.normalize(raw, chars);
      string = null;
    }

    String string() {
      if (string == null) {
        string = new String(chars, 0, length);
      }
      return string;
    }
  }

  /** What a signal is; strong kinds can carry a theme on their own. */
  enum Kind {
    KEY(true), SUPPORTING(false), DOCUMENT(true), BARE_DOCUMENT(false), NEGATIVE(false), TITLE_VETO(false),
    TITLE_NEGATIVE(false), FORM(false);

    final boolean strong;

    Kind(boolean strong) {
      this.strong = strong;
    }
  }

  /**
   * One use of a phrase: for which theme (or form), of what kind, with what weight, reported under what label;
   * documents also carry their year and term (0 and null when unknown).
   */
  record Signal(int theme, int form, Kind kind, double weight, String label, int year, String term)
      implements Serializable {
    Signal(int theme, int form, Kind kind, double weight, String label) {
      this(theme, form, kind, weight, label, 0, null);
    }
  }

  /** Collects the plan's signals, assigning each distinct normalised phrase one matcher index. */
  private static final class SignalTable {
    final List<String> phrases = new ArrayList<>();
    final List<List<Integer>> uses = new ArrayList<>();
    final List<Signal> signals = new ArrayList<>();
    private final Map<String, Integer> phraseIndex = new HashMap<>();
    /** "owner|phrase" already added: within one theme a phrase keeps its first, strongest use. */
    private final Set<String> seen = new HashSet<>();

    SignalTable(Plan plan) {
      Scoring s = plan.scoring();
      for (String neg : plan.negatives()) {
        add(neg, new Signal(-1, -1, Kind.NEGATIVE, 0, neg));
      }
      for (String veto : plan.titleVetoes()) {
        add(veto, new Signal(-2, -1, Kind.TITLE_VETO, 0, veto));
      }
      for (int t = 0; t < plan.themes().size(); t++) {
        Signals sig = plan.themes().get(t).signals();
        for (DocumentRef doc : sig.documents()) {
          for (String p : doc.fullForms()) {
            add(p, new Signal(t, -1, Kind.DOCUMENT, s.documentWeight(), doc.label(), year(doc), term(doc)));
          }
          for (String p : doc.bareForms()) {
            add(p, new Signal(t, -1, Kind.BARE_DOCUMENT, s.bareDocumentWeight(), doc.label(), year(doc), term(doc)));
          }
        }
        for (String p : sig.keyPhrases()) {
          add(p, new Signal(t, -1, Kind.KEY, s.keyPhraseWeight(), p));
        }
        for (String p : sig.supportingPhrases()) {
          add(p, new Signal(t, -1, Kind.SUPPORTING, s.supportingPhraseWeight(), p));
        }
        for (String p : sig.negatives()) {
          add(p, new Signal(t, -1, Kind.NEGATIVE, 0, p));
        }
        for (String p : sig.titleNegatives()) {
          add(p, new Signal(t, -1, Kind.TITLE_NEGATIVE, 0, p));
        }
      }
      for (int f = 0; f < plan.forms().size(); f++) {
        for (String p : plan.forms().get(f).phrases()) {
          add(p, new Signal(-1, f, Kind.FORM, 0, p));
        }
      }
    }

    private static int year(DocumentRef doc) {
      return doc.year() == null ? 0 : doc.year();
    }

    private static String term(DocumentRef doc) {
      return doc.term() == null ? null : VietnameseText.normalize(doc.term());
    }

    /** Vetoes and title negatives are kept apart from the phrases that score, which share one marker. */
    private static String marker(Kind kind) {
      return kind == Kind.NEGATIVE ? "-" : kind == Kind.TITLE_NEGATIVE ? "t" : "+";
    }

    private void add(String phrase, Signal signal) {
      String norm = VietnameseText.normalize(phrase);
      String owner = signal.kind() == Kind.FORM ? "form" + signal.form() : "theme" + signal.theme();
      if (norm.isEmpty() || !seen.add(owner + "|" + marker(signal.kind()) + norm)) {
        return;
      }
      int index = phraseIndex.computeIfAbsent(norm, n -> {
        phrases.add(n);
        uses.add(new ArrayList<>());
        return phrases.size() - 1;
      });
      uses.get(index).add(signals.size());
      signals.add(signal);
    }
  }
}
