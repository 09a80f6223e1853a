package vn.presswatch.processing.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private final PhraseMatcher matcher = new PhraseMatcher(List.of("đảng viên", "kết nạp đảng viên", "đảng"));

  @Test
  void reportsEveryPhraseEndingAtAWordBoundaryIncludingNestedOnes() {
    assertThat(matchesOf("lễ kết nạp đảng viên mới"))
        .containsExactlyInAnyOrder(List.of(1, 3, 20), List.of(0, 11, 20), List.of(2, 11, 15));
  }

  @Test
  void ignoresPhrasesInsideLongerWords() {
    assertThat(matchesOf("đảngviên đảngx xđảng")).isEmpty();
  }

  @Test
  void findsRepeatedOccurrences() {
    assertThat(matchesOf("đảng và đảng")).containsExactly(List.of(2, 0, 4), List.of(2, 8, 12));
  }

  private List<List<Integer>> matchesOf(String text) {
    return matcher.matches(text).stream().map(m -> List.of(m[0], m[1], m[2])).toList();
  }

  @Test
  void matchesAPrefixOfAReusedBufferOnly() {
    char[] buffer = "đảng viên mới đảng viên".toCharArray();
    List<int[]> found = new ArrayList<>();
    matcher.match(buffer, 9, (p, start, end) -> found.add(new int[] {p, start, end}));
    assertThat(found).extracting(m -> List.of(m[0], m[1], m[2]))
        .containsExactlyInAnyOrder(List.of(0, 0, 9), List.of(2, 0, 4));
  }

  @Test
  void charactersNoPhraseContainsResetTheMatch() {
    assertThat(matchesOf("kết nạp 1 đảng viên")).containsExactly(List.of(2, 10, 14), List.of(0, 10, 19));
    assertThat(matchesOf("kết nạp ★ đảng")).containsExactly(List.of(2, 10, 14));
  }

  @Test
  void rejectsDuplicatePhrases() {
    assertThatThrownBy(() -> new PhraseMatcher(List.of("chi bộ", "chi bộ")))
        .hasMessageContaining("duplicate phrase 'chi bộ'");
  }
}
