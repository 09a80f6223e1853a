package vn.presswatch.core.plan;

import java.util.List;

/**
 * What identifies a theme in an article. Phrases are written in ordinary Vietnamese; matching normalises them
 * (case, tone placement, punctuation), so write them as the press does.
 *
 * @param keyPhrases phrases that on their own show the article is about the theme (strong evidence)
 * @param supportingPhrases phrases that add weight only next to stronger evidence
 * @param documents Party documents the theme implements; citing one is strong evidence
 * @param negatives phrases that veto a false hit: a theme phrase found inside one of them does not count
 * @param titleNegatives phrases that, in the title, show the article is about something else (a school
 *     network, a fake document): the theme is not credited, whatever else the article says
 */
public record Signals(
    List<String> keyPhrases,
    List<String> supportingPhrases,
    List<DocumentRef> documents,
    List<String> negatives,
    List<String> titleNegatives) {
  public Signals {
    keyPhrases = keyPhrases == null ? List.of() : List.copyOf(keyPhrases);
    supportingPhrases = supportingPhrases == null ? List.of() : List.copyOf(supportingPhrases);
    documents = documents == null ? List.of() : List.copyOf(documents);
    negatives = negatives == null ? List.of() : List.copyOf(negatives);
    titleNegatives = titleNegatives == null ? List.of() : List.copyOf(titleNegatives);
  }
}
