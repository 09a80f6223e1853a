package vn.presswatch.processing.classify;

import java.io.Serializable;

/**
 * One signal found in an article: the plan's phrase (or document number) as written in the plan, the field it
 * was found in, and how often.
 *
 * @param phrase the phrase or document as written in the plan YAML, for example {@code 35-NQ/TW}
 * @param field {@code title}, {@code lead} or {@code body}
 * @param count occurrences in that field
 */
public record Evidence(String phrase, String field, int count) implements Serializable {}
