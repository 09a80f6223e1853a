package vn.presswatch.infra.embedded.internal;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * The {@code asciifolding} token filter: Lucene's {@link ASCIIFoldingFilter} ("Đảng" → "Dang").
 * With {@code preserve_original: true} the unfolded token is kept beside the folded one when they
 * differ; in a normalizer the original is never kept, since a keyword must stay one token.
 */
record AsciiFoldingFilterFactory(String name, boolean preserveOriginal)
    implements NormalizingTokenFilterFactory {

  static final String PRESERVE_ORIGINAL = "preserve_original";

  static AsciiFoldingFilterFactory of(String name, Settings settings) {
    return new AsciiFoldingFilterFactory(name, settings.getAsBoolean(PRESERVE_ORIGINAL, false));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ASCIIFoldingFilter(input, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new ASCIIFoldingFilter(input, false);
  }
}
