package vn.presswatch.dashboards.kibana;

import static vn.presswatch.dashboards.kibana.SavedObjects.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds one Lens visualisation (Kibana 8.x, form-based data source, one layer on one data view): add the columns,
 * then finish with the chart that shows them.
 *
 * <pre>{@code
 * Lens.on("pw-articles-by-outlet", "Số bài theo cơ quan báo chí", COVERAGE)
 *     .terms("outlet", "Cơ quan báo chí", "outlet_name", 20, "articles")
 *     .sum("articles", "Số bài", "articles")
 *     .xy("bar_horizontal", "outlet", null, "articles");
 * }</pre>
 *
 * Column labels are custom, so Kibana shows them as written (Vietnamese) instead of generating English ones.
 */
final class Lens {
  static final String LAYER = "layer1";
  /** The pseudo-field Lens counts records with. */
  static final String RECORDS = "___records___";

  private final String id;
  private final String title;
  private final String dataView;
  private final ObjectNode columns = JSON.createObjectNode();
  private final ArrayNode columnOrder = JSON.createArrayNode();

  private Lens(String id, String title, String dataView) {
    this.id = id;
    this.title = title;
    this.dataView = dataView;
  }

  static Lens on(String id, String title, String dataView) {
    return new Lens(id, title, dataView);
  }

  /** Top {@code size} values of {@code field}, ordered by column {@code orderBy} descending, or alphabetically when null. */
  Lens terms(String column, String label, String field, int size, String orderBy) {
    return terms(column, label, field, size, orderBy, List.of());
  }

  /** As {@link #terms(String, String, String, int, String)}, keeping only the values in {@code include}. */
  Lens terms(String column, String label, String field, int size, String orderBy, List<String> include) {
    ObjectNode params = JSON.createObjectNode().put("size", size);
    if (orderBy == null) {
      params.putObject("orderBy").put("type", "alphabetical").put("fallback", false);
      params.put("orderDirection", "asc");
    } else {
      params.putObject("orderBy").put("type", "column").put("columnId", orderBy);
      params.put("orderDirection", "desc");
    }
    params.put("otherBucket", false).put("missingBucket", false);
    if (!include.isEmpty()) {
      include.forEach(params.putArray("include")::add);
      params.putArray("exclude");
      params.put("includeIsRegex", false).put("excludeIsRegex", false);
    }
    return add(column, label, "string", "terms", field, true, "ordinal", params);
  }

  /** A date histogram on {@code field}; {@code interval} is {@code auto}, {@code d}, {@code M} and so on. */
  Lens dateHistogram(String column, String label, String field, String interval) {
    ObjectNode params = JSON.createObjectNode().put("interval", interval).put("includeEmptyRows", true)
        .put("dropPartials", false);
    return add(column, label, "date", "date_histogram", field, true, "interval", params);
  }

  Lens sum(String column, String label, String field) {
    return add(column, label, "number", "sum", field, false, "ratio", emptyAsNull());
  }

  Lens max(String column, String label, String field) {
    return add(column, label, "number", "max", field, false, "ratio", emptyAsNull());
  }

  /** Number of documents. */
  Lens count(String column, String label) {
    return add(column, label, "number", "count", RECORDS, false, "ratio", emptyAsNull());
  }

  /** The value of {@code field} ({@code string}, {@code date} …) in the document with the newest {@code sortField}. */
  Lens lastValue(String column, String label, String field, String dataType, String sortField) {
    ObjectNode params = JSON.createObjectNode().put("sortField", sortField).put("showArrayValues", false);
    return add(column, label, dataType, "last_value", field, false, "ordinal", params);
  }

  private static ObjectNode emptyAsNull() {
    return JSON.createObjectNode().put("emptyAsNull", true);
  }

  private Lens add(String column, String label, String dataType, String operation, String field, boolean bucketed,
      String scale, ObjectNode params) {
    ObjectNode c = columns.putObject(column);
    c.put("label", label).put("customLabel", true).put("dataType", dataType).put("operationType", operation)
        .put("sourceField", field).put("isBucketed", bucketed).put("scale", scale);
    c.set("params", params);
    columnOrder.add(column);
    return this;
  }

  /** A bar, line or area chart: {@code x} on the axis, one series per {@code split} value when not null. */
  ObjectNode xy(String seriesType, String x, String split, String... metrics) {
    ObjectNode vis = JSON.createObjectNode().put("preferredSeriesType", seriesType);
    vis.putObject("legend").put("isVisible", true).put("position", "right");
    vis.put("valueLabels", "hide");
    ObjectNode layer = vis.putArray("layers").addObject()
        .put("layerId", LAYER).put("layerType", "data").put("seriesType", seriesType).put("xAccessor", x);
    List.of(metrics).forEach(layer.putArray("accessors")::add);
    if (split != null) {
      layer.put("splitAccessor", split);
    }
    return build("lnsXY", vis);
  }

  /** A table of every column, in the order added. */
  ObjectNode table() {
    ObjectNode vis = JSON.createObjectNode().put("layerId", LAYER).put("layerType", "data");
    ArrayNode cols = vis.putArray("columns");
    columnOrder.forEach(c -> cols.addObject().put("columnId", c.asText()));
    return build("lnsDatatable", vis);
  }

  /** A heat map: {@code x} across, {@code y} down, {@code value} as the cell colour and label. */
  ObjectNode heatmap(String x, String y, String value) {
    ObjectNode vis = JSON.createObjectNode().put("shape", "heatmap").put("layerId", LAYER).put("layerType", "data")
        .put("xAccessor", x).put("yAccessor", y).put("valueAccessor", value);
    vis.putObject("legend").put("isVisible", true).put("position", "right").put("type", "heatmap_legend");
    vis.putObject("gridConfig").put("type", "heatmap_grid").put("isCellLabelVisible", true)
        .put("isYAxisLabelVisible", true).put("isXAxisLabelVisible", true)
        .put("isYAxisTitleVisible", false).put("isXAxisTitleVisible", false);
    return build("lnsHeatmap", vis);
  }

  private ObjectNode build(String visualizationType, ObjectNode visualization) {
    ObjectNode attrs = JSON.createObjectNode().put("title", title).put("description", "")
        .put("visualizationType", visualizationType);
    ObjectNode state = attrs.putObject("state");
    ObjectNode layer = state.putObject("datasourceStates").putObject("formBased").putObject("layers")
        .putObject(LAYER);
    layer.set("columns", columns);
    layer.set("columnOrder", columnOrder);
    layer.putObject("incompleteColumns");
    state.set("visualization", visualization);
    state.putObject("query").put("query", "").put("language", "kuery");
    state.putArray("filters");
    ArrayNode refs = JSON.createArrayNode()
        .add(SavedObjects.reference("index-pattern", dataView, "indexpattern-datasource-layer-" + LAYER));
    return SavedObjects.object("lens", id, "8.9.0", attrs, refs);
  }
}
