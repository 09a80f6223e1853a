package vn.presswatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
  @Test
  void oldAndNewTonePlacementNormaliseAlike() {
    assertThat(VietnameseText.normalize("hòa bình")).isEqualTo(VietnameseText.normalize("hoà bình"));
    assertThat(VietnameseText.normalize("thủy lợi")).isEqualTo(VietnameseText.normalize("thuỷ lợi"));
    assertThat(VietnameseText.normalize("khỏe")).isEqualTo(VietnameseText.normalize("khoẻ"));
  }

  @Test
  void misplacedToneAfterQuIsMovedToTheVowel() {
    assertThat(VietnameseText.normalize("qúy")).isEqualTo(VietnameseText.normalize("quý")).isEqualTo("quý");
  }

  @Test
  void decomposedInputEqualsComposedInput() {
    String decomposed = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
    assertThat(VietnameseText.normalize(decomposed)).isEqualTo("nghị quyết");
  }

  @Test
  void caseIsFoldedIncludingDStroke() {
    assertThat(VietnameseText.normalize("ĐẢNG CỘNG SẢN")).isEqualTo("đảng cộng sản");
  }

  @Test
  void punctuationAndWhitespaceFoldIntoSingleSpaces() {
    assertThat(VietnameseText.normalize("  “Xây dựng Đảng”,\n\t trong sạch - vững mạnh!  "))
        .isEqualTo("xây dựng đảng trong sạch vững mạnh");
  }

  @Test
  void documentNumberSpellingsMeet() {
    assertThat(VietnameseText.normalize("35-NQ/TW")).isEqualTo("35 nq tw");
    assertThat(VietnameseText.normalize("35/NQ-TW")).isEqualTo("35 nq tw");
    assertThat(VietnameseText.normalize("08-QĐi/TW")).isEqualTo("08 qđi tw");
  }

  @Test
  void diacriticsAreKeptSoPartyAndProgressiveDiffer() {
    assertThat(VietnameseText.normalize("Đảng")).isNotEqualTo(VietnameseText.normalize("đang"));
  }

  @Test
  void syllablesWithMarkedVowelsKeepTheToneThere() {
    assertThat(VietnameseText.normalize("người tuổi giữa")).isEqualTo("người tuổi giữa");
  }

  @Test
  void nullAndBlankBecomeEmpty() {
    assertThat(VietnameseText.normalize(null)).isEmpty();
    assertThat(VietnameseText.normalize(" ,. ")).isEmpty();
  }

  @Test
  void normalisesIntoAReusedBufferLikeTheStringForm() {
    char[] buffer = new char[64];
    for (String text : new String[] {"Hoà bình, THUỶ lợi", "Quý  vị", "Nghị quyết 35-NQ/TW", "", "hoa\u0300 bi\u0300nh"}) {
      int length = VietnameseText.normalize(text, buffer);
      assertThat(new String(buffer, 0, length)).isEqualTo(VietnameseText.normalize(text));
    }
  }

  @Test
  void bufferShorterThanTheTextIsRejected() {
    assertThatThrownBy(() -> VietnameseText.normalize("đảng viên", new char[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buffer of 3 chars");
  }
}
