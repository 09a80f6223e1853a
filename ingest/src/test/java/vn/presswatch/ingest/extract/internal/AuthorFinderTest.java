package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorFinderTest {
  @Test
  void cleanDropsTheReprintCreditTheo() {
    assertThat(AuthorFinder.clean("Theo Hồ Hương")).isEqualTo("Hồ Hương");
  }

  @Test
  void cleanKeepsTheoAsAFirstName() {
    assertThat(AuthorFinder.clean("Theo Walcott")).isEqualTo("Theo Walcott");
  }

  @Test
  void cleanDropsByAndWhatFollowsABar() {
    assertThat(AuthorFinder.clean("By Mai Nguyen | Hanoi")).isEqualTo("Mai Nguyen");
  }
}
