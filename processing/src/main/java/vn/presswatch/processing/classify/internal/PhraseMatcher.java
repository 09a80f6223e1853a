package vn.presswatch.processing.classify.internal;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of a fixed set of phrases in one pass over a text (Aho-Corasick), reporting only
 * whole-word matches. Texts and phrases are expected in {@code VietnameseText.normalize} form: words separated
 * by single spaces. Immutable once built and safe to share between threads.
 */
public final class PhraseMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Root transitions are a dense table over this many chars (Latin and Vietnamese letters). */
  private static final int ROOT_TABLE_SIZE = 0x1F00;

  /** Receives one whole-word match: the phrase's index and its {@code [start, end)} in the text. */
  @FunctionalInterface
  public interface MatchSink {
    void accept(int phrase, int start, int end);
  }

  private final int[] rootNext;
  private final int[] edgeOffset;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] fail;
  private final int[] phraseAt;
  private final int[] outputLink;
  private final int[] phraseLength;

  /**
   * Builds a matcher for {@code phrases}; match indexes refer to positions in this list. Phrases must be
   * non-empty and distinct.
   */
  public PhraseMatcher(List<String> phrases) {
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    children.add(new TreeMap<>());
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
        Integer next = children.get(node).get(phrase.charAt(i));
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          ends.add(-1);
          children.get(node).put(phrase.charAt(i), next);
        }
        node = next;
      }
      if (ends.get(node) >= 0) {
        throw new IllegalArgumentException("duplicate phrase '" + phrase + "'");
      }
      ends.set(node, p);
    }
    int nodes = children.size();
    phraseAt = ends.stream().mapToInt(Integer::intValue).toArray();
    edgeOffset = new int[nodes + 1];
    int edges = children.stream().mapToInt(Map::size).sum();
    edgeChars = new char[edges];
    edgeTargets = new int[edges];
    int e = 0;
    for (int n = 0; n < nodes; n++) {
      edgeOffset[n] = e;
      for (Map.Entry<Character, Integer> c : children.get(n).entrySet()) {
        edgeChars[e] = c.getKey();
        edgeTargets[e++] = c.getValue();
      }
    }
    edgeOffset[nodes] = e;
    rootNext = new int[ROOT_TABLE_SIZE];
    for (Map.Entry<Character, Integer> c : children.get(0).entrySet()) {
      if (c.getKey() < ROOT_TABLE_SIZE) {
        rootNext[c.getKey()] = c.getValue();
      }
    }
    fail = new int[nodes];
    outputLink = new int[nodes];
    Arrays.fill(outputLink, -1);
    linkFailures(children);
  }

  /** Breadth-first: each node's failure link is the longest proper suffix that is also a trie path. */
  private void linkFailures(List<TreeMap<Character, Integer>> children) {
    ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Map.Entry<Character, Integer> c : children.get(node).entrySet()) {
        int child = c.getValue();
        fail[child] = node == 0 ? 0 : step(fail[node], c.getKey());
        int fl = fail[child];
        outputLink[child] = phraseAt[fl] >= 0 ? fl : outputLink[fl];
        queue.add(child);
      }
    }
  }

  /** The state after reading {@code c} in {@code state}, following failure links. */
  private int step(int state, char c) {
    while (true) {
      if (state == 0) {
        return c < ROOT_TABLE_SIZE ? rootNext[c] : edgeTo(0, c);
      }
      int next = edgeTo(state, c);
      if (next > 0) {
        return next;
      }
      state = fail[state];
    }
  }

  private int edgeTo(int node, char c) {
    int lo = edgeOffset[node];
    int hi = edgeOffset[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChars[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return 0;
  }

  /** Reports every whole-word occurrence of every phrase in {@code text}, in order of their end. */
  public void match(String text, MatchSink sink) {
    int state = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      state = step(state, text.charAt(i));
      if (state == 0 || (i + 1 < n && text.charAt(i + 1) != ' ')) {
        continue; // a phrase can only end where a word ends
      }
      for (int s = phraseAt[state] >= 0 ? state : outputLink[state]; s > 0; s = outputLink[s]) {
        int p = phraseAt[s];
        int start = i + 1 - phraseLength[p];
        if (start == 0 || text.charAt(start - 1) == ' ') {
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

  /** Number of trie states, for logging the matcher's size. */
  public int states() {
    return fail.length;
  }

  @Override
  public String toString() {
    return "PhraseMatcher[" + phraseLength.length + " phrases, " + fail.length + " states]";
  }
}
