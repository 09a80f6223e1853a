package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private static final String VIETNAMESE =
      "Ủy ban nhân dân thành phố vừa phê duyệt kế hoạch cải tạo hệ thống thoát nước tại các quận nội thành.";
  private static final String ENGLISH =
      "The city council approved a plan to upgrade the drainage system in the inner districts of the capital.";

  @Test
  void vietnameseLettersMakeVietnamese() {
    assertThat(LanguageGuesser.guess("", VIETNAMESE)).isEqualTo("vi");
  }

  @Test
  void vietnameseTextOverridesATemplateDeclaringEnglish() {
    assertThat(LanguageGuesser.guess("en", VIETNAMESE)).isEqualTo("vi");
  }

  @Test
  void englishStopWordsMakeEnglish() {
    assertThat(LanguageGuesser.guess("", ENGLISH)).isEqualTo("en");
  }

  @Test
  void englishTextWithVietnameseNamesStaysEnglish() {
    assertThat(LanguageGuesser.guess("", ENGLISH + " Minister Hồ Đức Phớc said on Monday.")).isEqualTo("en");
  }

  @Test
  void declarationIsUsedWhenTheTextIsTooShort() {
    assertThat(LanguageGuesser.guess("vi-VN", "OK")).isEqualTo("vi");
  }

  @Test
  void declarationKeepsOnlyThePrimarySubtag() {
    assertThat(LanguageGuesser.guess("en_US", "")).isEqualTo("en");
  }

  @Test
  void chineseScriptMakesChinese() {
    assertThat(LanguageGuesser.guess("", "越南咖啡出口创下历史新高，价格持续上涨，农民收入明显增加，出口企业积极扩大市场份额，政府支持加工产业发展。"))
        .isEqualTo("zh");
  }

  @Test
  void kanaMakesJapaneseDespiteHanCharacters() {
    assertThat(LanguageGuesser.guess("", "ベトナムのコーヒー輸出は過去最高を記録し、価格の上昇が続いています。農家の収入も増えており、輸出企業は市場の拡大を進めています。"))
        .isEqualTo("ja");
  }

  @Test
  void nothingKnownGivesEmpty() {
    assertThat(LanguageGuesser.guess(null, "")).isEmpty();
  }
}
