package vn.presswatch.infra.embedded.internal;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * The {@code lowercase} token filter, with the optional {@code language} setting ({@code greek},
 * {@code irish}, {@code turkish}) of the production filter; any other language is refused.
 */
record LowerCaseFilterFactory(String name, UnaryOperator<TokenStream> filter)
    implements NormalizingTokenFilterFactory {

  static final String LANGUAGE = "language";

  static LowerCaseFilterFactory of(String name, Settings settings) {
    String language = settings.get(LANGUAGE);
    if (language == null) {
      return new LowerCaseFilterFactory(name, LowerCaseFilter::new);
    }
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "greek" -> new LowerCaseFilterFactory(name, GreekLowerCaseFilter::new);
      case "irish" -> new LowerCaseFilterFactory(name, IrishLowerCaseFilter::new);
      case "turkish" -> new LowerCaseFilterFactory(name, TurkishLowerCaseFilter::new);
      default ->
          throw new IllegalArgumentException(
              "token filter ["
                  + name
                  + "]: unsupported language ["
                  + language
                  + "]; use greek, irish, turkish or leave [language] out");
    };
  }

  @Override
  public TokenStream create(TokenStream input) {
    return filter.apply(input);
  }
}
