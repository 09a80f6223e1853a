package vn.presswatch.dashboards.kibana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The envelope of a Kibana 8.x saved object as the export API writes it ({@code type}, {@code id},
 * {@code attributes}, {@code references}, migration versions), and the simple object kinds: data views, saved
 * searches and Markdown panels. Lens visualisations are built by {@link Lens}, dashboards by {@link Dashboard}.
 */
final class SavedObjects {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The Kibana version whose saved-object format these objects follow; Kibana migrates them forward on import. */
  static final String CORE_MIGRATION_VERSION = "8.8.0";

  private SavedObjects() {}

  static ObjectNode object(String type, String id, String typeMigrationVersion, ObjectNode attributes,
      ArrayNode references) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", type).put("id", id);
    o.set("attributes", attributes);
    o.set("references", references);
    o.put("coreMigrationVersion", CORE_MIGRATION_VERSION).put("typeMigrationVersion", typeMigrationVersion);
    return o;
  }

  static ObjectNode reference(String type, String id, String name) {
    return JSON.createObjectNode().put("type", type).put("id", id).put("name", name);
  }

  /**
   * A data view whose id is its index pattern, with field formats and Vietnamese field labels. Maps are written in
   * key order, so the output is the same at every run.
   */
  static ObjectNode dataView(String indexPattern, String name, String timeField, Map<String, JsonNode> formats,
      Map<String, String> fieldLabels) {
    ObjectNode attrs = JSON.createObjectNode()
        .put("title", indexPattern).put("timeFieldName", timeField).put("name", name);
    ObjectNode formatMap = JSON.createObjectNode();
    new TreeMap<>(formats).forEach(formatMap::set);
    attrs.put("fieldFormatMap", string(formatMap));
    ObjectNode fieldAttrs = JSON.createObjectNode();
    new TreeMap<>(fieldLabels).forEach((field, label) -> fieldAttrs.putObject(field).put("customLabel", label));
    attrs.put("fieldAttrs", string(fieldAttrs));
    return object("index-pattern", indexPattern, "8.0.0", attrs, JSON.createArrayNode());
  }

  /** The URL field format: the value shown as a link to itself. */
  static JsonNode urlFormat() {
    ObjectNode f = JSON.createObjectNode().put("id", "url");
    f.putObject("params").put("type", "a").put("openLinkInCurrentTab", false);
    return f;
  }

  /** The static lookup field format: each known value shown as its label, others as they are; in key order. */
  static JsonNode lookupFormat(Map<String, String> labels) {
    ObjectNode f = JSON.createObjectNode().put("id", "static_lookup");
    ArrayNode entries = f.putObject("params").putArray("lookupEntries");
    new TreeMap<>(labels).forEach((key, value) -> entries.addObject().put("key", key).put("value", value));
    return f;
  }

  /** A saved search (Discover session) on {@code dataView}, newest first by {@code sortField}. */
  static ObjectNode search(String id, String title, String dataView, List<String> columns, String sortField) {
    ObjectNode attrs = JSON.createObjectNode().put("title", title).put("description", "");
    columns.forEach(attrs.putArray("columns")::add);
    attrs.putArray("sort").addArray().add(sortField).add("desc");
    ObjectNode source = emptySearchSource().put("indexRefName", "kibanaSavedObjectMeta.searchSourceJSON.index");
    attrs.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", string(source));
    ArrayNode refs = JSON.createArrayNode()
        .add(reference("index-pattern", dataView, "kibanaSavedObjectMeta.searchSourceJSON.index"));
    return object("search", id, "8.0.0", attrs, refs);
  }

  /** A Markdown panel, saved as a visualisation so dashboards can reference it. */
  static ObjectNode markdown(String id, String title, String markdown) {
    ObjectNode visState = JSON.createObjectNode().put("title", title).put("type", "markdown");
    visState.putArray("aggs");
    visState.putObject("params").put("fontSize", 12).put("openLinksInNewTab", false).put("markdown", markdown);
    ObjectNode attrs = JSON.createObjectNode().put("title", title).put("description", "")
        .put("visState", string(visState)).put("uiStateJSON", "{}").put("version", 1);
    attrs.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", string(emptySearchSource()));
    return object("visualization", id, "8.5.0", attrs, JSON.createArrayNode());
  }

  /** A KQL query and no filters: the search source of objects that do not filter. */
  static ObjectNode emptySearchSource() {
    return querySource("");
  }

  static ObjectNode querySource(String kql) {
    ObjectNode source = JSON.createObjectNode();
    source.putObject("query").put("query", kql).put("language", "kuery");
    source.putArray("filter");
    return source;
  }

  /** Kibana keeps some attributes as JSON inside a string. */
  static String string(JsonNode json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
