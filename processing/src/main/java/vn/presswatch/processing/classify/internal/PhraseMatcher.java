package vn.presswatch.processing.classify.internal;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a fixed set of phrases in one pass over a text, reporting only whole-word matches.
 * It is an Aho-Corasick automaton compiled to a full transition table over the phrases' alphabet, so each
 * character costs two array reads. Texts and phrases are expected in {@code VietnameseText.normalize} form:
 * words separated by single spaces. Immutable once built and safe to share between threads.
 */
public final class PhraseMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Characters at or above this never occur in phrases (Vietnamese ends at U+1EF9) and share class 0. */
  private static final int CLASSED_CHARS = 0x1F00;

  /** Receives one whole-word match: the phrase's index and its {@code [start, end)} in the text. */
  @FunctionalInterface
  public interface MatchSink {
    void accept(int phrase, int start, int end);
  }

  /** Each char's column in {@link #delta}; 0 for chars no phrase contains. */
  private final short[] charClass = new short[CLASSED_CHARS];
  private final int alphabet;
  /**
   * {@code delta[state * alphabet + class]}: the next state, failure links already folded in. Chars rather
   * than ints halve the table, so more of the rows a text visits stay in the fastest cache.
   */
  private final char[] delta;
  /** The phrase that ends at each state, or -1. */
  private final int[] phraseAt;
  /** The next state on the failure chain that ends a phrase, or -1. */
  private final int[] outputLink;
  private final int[] phraseLength;

  /**
   * Builds a matcher for {@code phrases}; match indexes refer to positions in this list. Phrases must be
   * non-empty and distinct.
   */
  public PhraseMatcher(List<String> phrases) {
    int[] frequency = new int[CLASSED_CHARS];
    for (String phrase : phrases) {
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        if (c >= CLASSED_CHARS) {
          throw new IllegalArgumentException("phrase '" + phrase + "' has a character outside Vietnamese text");
        }
        frequency[c]++;
      }
    }
    // The most frequent characters get the lowest classes, so the columns a text mostly reads sit together at
    // the start of each row, in fewer cache lines.
    List<Character> byFrequency = new ArrayList<>();
    for (char c = 0; c < CLASSED_CHARS; c++) {
      if (frequency[c] > 0) {
        byFrequency.add(c);
      }
    }
    byFrequency.sort(Comparator.comparingInt((Character c) -> -frequency[c]).thenComparing(c -> c));
    int classes = 1;
    for (char c : byFrequency) {
      charClass[c] = (short) classes++;
    }
    alphabet = classes;
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    children.add(new HashMap<>());
    ends.add(-1);
    phraseLength = new int[phrases.size()];
    for (int p = 0; p < phrases.size(); p++) {
      String phrase = phrases.get(p);
      if (phrase.isEmpty()) {
        throw new IllegalArgumentException("empty phrase at index " + p);
      }
      phraseLength[p] = phrase.length();
      int node = 0;
      for (int i = 0; i < phrase.length(); i++) {
        int cls = charClass[phrase.charAt(i)];
        Integer next = children.get(node).get(cls);
        if (next == null) {
          next = children.size();
          children.add(new HashMap<>());
          ends.add(-1);
          children.get(node).put(cls, next);
        }
        node = next;
      }
      if (ends.get(node) >= 0) {
        throw new IllegalArgumentException("duplicate phrase '" + phrase + "'");
      }
      ends.set(node, p);
    }
    phraseAt = ends.stream().mapToInt(Integer::intValue).toArray();
    if (children.size() > Character.MAX_VALUE + 1) {
      throw new IllegalArgumentException("too many phrases for one matcher: " + children.size()
          + " states, at most " + (Character.MAX_VALUE + 1));
    }
    delta = new char[children.size() * alphabet];
    outputLink = new int[children.size()];
    compile(children);
  }

  /**
   * Breadth-first over the trie: a state's missing transitions are those of its failure state (the longest
   * proper suffix that is also a trie path), which is always compiled before it.
   */
  private void compile(List<Map<Integer, Integer>> children) {
    int[] fail = new int[children.size()];
    outputLink[0] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Integer, Integer> c : children.get(0).entrySet()) {
      delta[c.getKey()] = (char) (int) c.getValue();
      outputLink[c.getValue()] = -1;
      queue.add(c.getValue());
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      int row = node * alphabet;
      System.arraycopy(delta, fail[node] * alphabet, delta, row, alphabet);
      for (Map.Entry<Integer, Integer> c : children.get(node).entrySet()) {
        int child = c.getValue();
        fail[child] = delta[fail[node] * alphabet + c.getKey()];
        outputLink[child] = phraseAt[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
        delta[row + c.getKey()] = (char) child;
        queue.add(child);
      }
    }
  }

  /** Reports every whole-word occurrence of every phrase in {@code text}, in order of their end. */
  public void match(String text, MatchSink sink) {
    match(text.toCharArray(), text.length(), sink);
  }

  /**
   * Reports every whole-word occurrence of every phrase in {@code text[0, length)}, in order of their end. The
   * char-array form lets a caller normalise into a reused buffer and match it without creating a string.
   */
  public void match(char[] text, int length, MatchSink sink) {
    final short[] classes = charClass;
    final char[] next = delta;
    final int width = alphabet;
    int state = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      state = next[state * width + (c < CLASSED_CHARS ? classes[c] : 0)];
      if (state == 0 || (i + 1 < length && text[i + 1] != ' ')) {
        continue; // a phrase can only end where a word ends
      }
      for (int s = phraseAt[state] >= 0 ? state : outputLink[state]; s > 0; s = outputLink[s]) {
        int p = phraseAt[s];
        int start = i + 1 - phraseLength[p];
        if (start == 0 || text[start - 1] == ' ') {
          sink.accept(p, start, i + 1);
        }
      }
    }
  }

  /** Convenience for tests and tools: every match as {@code {phrase, start, end}}. */
  public List<int[]> matches(String text) {
    List<int[]> out = new ArrayList<>();
    match(text, (p, s, e) -> out.add(new int[] {p, s, e}));
    return out;
  }

  /** Number of automaton states, for logging the matcher's size. */
  public int states() {
    return phraseAt.length;
  }

  @Override
  public String toString() {
    return "PhraseMatcher[" + phraseLength.length + " phrases, " + phraseAt.length + " states]";
  }
}
