package vn.presswatch.infra.embedded.internal;

import java.util.Map;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers the {@code asciifolding} and {@code lowercase} token filters on the embedded node, as
 * the {@code analysis-common} module of a full distribution does (that module is not published to
 * Maven Central). An index template whose analyzer or normalizer folds Vietnamese with {@code
 * lowercase} + {@code asciifolding} then behaves the same on the embedded node and in production.
 *
 * <p>Every start of a node must include this plugin: an index that uses {@code asciifolding} does
 * not open on a node without it.
 */
public final class FoldingAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "asciifolding",
        (indexSettings, environment, name, settings) -> AsciiFoldingFilterFactory.of(name, settings),
        "lowercase",
        (indexSettings, environment, name, settings) -> LowerCaseFilterFactory.of(name, settings));
  }
}
