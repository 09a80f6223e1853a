package vn.presswatch.processing.functions;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.model.ArticleVersion;
import vn.presswatch.processing.model.CoverageDelta;
import vn.presswatch.processing.model.ThemeHit;

/**
 * Keyed by article id: remembers what each article last contributed to the counts, so that a re-crawled or updated
 * article replaces its earlier version instead of counting twice. Emits the earlier version's contribution with sign
 * -1 and the new one's with sign +1; an unchanged re-crawl changes no count. Every version's articles-index document goes
 * to {@link #ARTICLE_DOCUMENTS}, after the deletion of the earlier document when a corrected date moved the article to
 * another monthly index: one article, one document, in order.
 */
public class TrackArticleVersions extends KeyedProcessFunction<String, ArticleVersion, CoverageDelta> {
  public static final OutputTag<IndexOp> ARTICLE_DOCUMENTS = new OutputTag<>("article-documents") {};

  private transient ValueState<ArticleVersion> last;
  private transient Counter unchanged;
  private transient Counter updated;

  @Override
  public void open(OpenContext context) {
    last = getRuntimeContext().getState(new ValueStateDescriptor<>("last-version", ArticleVersion.class));
    unchanged = getRuntimeContext().getMetricGroup().counter("articlesUnchanged");
    updated = getRuntimeContext().getMetricGroup().counter("articlesUpdated");
  }

  @Override
  public void processElement(ArticleVersion version, Context ctx, Collector<CoverageDelta> out) throws Exception {
    ArticleVersion previous = last.value();
    version.supersededDocument(previous).ifPresent(delete -> ctx.output(ARTICLE_DOCUMENTS, delete));
    if (version.document() != null) {
      ctx.output(ARTICLE_DOCUMENTS, version.document());
    }
    if (version.countsLike(previous)) {
      unchanged.inc();
      return;
    }
    if (previous != null) {
      updated.inc();
      deltas(previous, -1).forEach(out::collect);
    }
    deltas(version, +1).forEach(out::collect);
    last.update(version.remembered());
  }

  /** One delta per plan the version was classified against, carrying that plan's hits only. */
  static List<CoverageDelta> deltas(ArticleVersion v, int sign) {
    List<CoverageDelta> deltas = new ArrayList<>(v.plans().length);
    for (String plan : v.plans()) {
      String[] planHits = java.util.Arrays.stream(v.hits())
          .filter(h -> ThemeHit.decode(h).plan().equals(plan))
          .toArray(String[]::new);
      deltas.add(new CoverageDelta(plan, v.outlet(), v.epochDay(), sign, v.syndicated(), planHits));
    }
    return deltas;
  }
}
