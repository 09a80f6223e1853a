package vn.presswatch.infra.embedded.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

class FoldingAnalysisPluginTest {

  private final FoldingAnalysisPlugin plugin = new FoldingAnalysisPlugin();

  @Test
  void lowercaseThenAsciifoldingFoldsVietnameseIncludingDStroke() throws IOException {
    TokenFilterFactory lowercase = filter("lowercase", Settings.EMPTY);
    TokenFilterFactory folding = filter("asciifolding", Settings.EMPTY);

    assertThat(analyze("Đội tuyển BÓNG ĐÁ", in -> folding.create(lowercase.create(in))))
        .containsExactly("doi", "tuyen", "bong", "da");
  }

  @Test
  void preserveOriginalEmitsTheFoldedTokenThenTheOriginal() throws IOException {
    TokenFilterFactory folding = filter("asciifolding", Settings.builder().put("preserve_original", true).build());

    assertThat(analyze("Đảng và", folding::create)).containsExactly("Dang", "Đảng", "va", "và");
  }

  @Test
  void normalizingNeverKeepsTheOriginalSoAKeywordStaysOneToken() throws IOException {
    TokenFilterFactory folding = filter("asciifolding", Settings.builder().put("preserve_original", true).build());

    assertThat(analyze("Đảng", folding::normalize)).containsExactly("Dang");
  }

  @Test
  void turkishLowercaseMapsDotlessCapitalIToDotlessI() throws IOException {
    TokenFilterFactory turkish = filter("lowercase", Settings.builder().put("language", "turkish").build());
    TokenFilterFactory plain = filter("lowercase", Settings.EMPTY);

    assertThat(analyze("ISPARTA", turkish::create)).containsExactly("\u0131sparta");
    assertThat(analyze("ISPARTA", plain::create)).containsExactly("isparta");
  }

  @Test
  void anUnsupportedLowercaseLanguageIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> filter("lowercase", Settings.builder().put("language", "vietnamese").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[vietnamese]")
        .hasMessageContaining("greek, irish, turkish");
  }

  private TokenFilterFactory filter(String name, Settings settings) throws IOException {
    return plugin.getTokenFilters().get(name).get(null, null, name, settings);
  }

  private static List<String> analyze(String text, UnaryOperator<TokenStream> filters) throws IOException {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = filters.apply(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
