package vn.presswatch.processing.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.presswatch.processing.model.CoverageDelta;
import vn.presswatch.processing.model.CoverageRow;
import vn.presswatch.processing.model.ThemeCount;
import vn.presswatch.processing.model.ThemeHit;

/**
 * Keyed by plan, outlet and Vietnamese day: applies {@link CoverageDelta}s to the counts of that outlet-day and emits
 * the current row of every theme seen that day (each row's share depends on the day's total, so all of them change).
 * Counts are updated at once, whatever the article's lateness, and a theme that falls back to zero is emitted once
 * with zero so the index never keeps a stale count.
 */
public class CountCoverage extends KeyedProcessFunction<String, CoverageDelta, CoverageRow> {
  private transient MapState<String, ThemeCount> themes;
  private transient ValueState<Integer> outletArticles;

  @Override
  public void open(OpenContext context) {
    themes = getRuntimeContext().getMapState(new MapStateDescriptor<>("themes", String.class, ThemeCount.class));
    outletArticles = getRuntimeContext().getState(new ValueStateDescriptor<>("outlet-articles", Integer.class));
  }

  @Override
  public void processElement(CoverageDelta delta, Context ctx, Collector<CoverageRow> out) throws Exception {
    int total = (outletArticles.value() == null ? 0 : outletArticles.value()) + delta.sign();
    outletArticles.update(total);
    for (String encoded : delta.hits()) {
      ThemeHit hit = ThemeHit.decode(encoded);
      ThemeCount count = themes.get(hit.theme());
      if (count == null) {
        count = new ThemeCount();
      }
      count.apply(delta.sign(), hit.titleHit(), delta.syndicated());
      themes.put(hit.theme(), count);
    }
    List<String> emptied = new ArrayList<>();
    for (Map.Entry<String, ThemeCount> e : themes.entries()) {
      ThemeCount c = e.getValue();
      out.collect(new CoverageRow(delta.plan(), delta.outlet(), delta.epochDay(), e.getKey(), c.articles, c.titleHits,
          c.bodyOnlyHits, c.syndicated, total));
      if (c.articles == 0) {
        emptied.add(e.getKey());
      }
    }
    for (String theme : emptied) {
      themes.remove(theme);
    }
    if (total == 0 && themes.isEmpty()) {
      outletArticles.clear();
    }
  }
}
