package vn.presswatch.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks Kibana saved objects the way Kibana would fail on them, without Kibana: the JSON kept in strings parses,
 * every reference resolves to an object of the set, every field a data view, Lens column or saved search uses exists
 * in the mapping of its index (from the index templates) with an aggregatable type where it is aggregated, Lens
 * accessors name columns of their layer, and dashboard panels fit the 48-column grid without overlapping. Each
 * problem is returned as one line naming the object.
 */
final class SavedObjectsCheck {
  static final Set<String> AGGREGATABLE = Set.of("keyword", "date", "boolean", "integer", "long", "float", "double",
      "short", "byte", "scaled_float");
  static final String RECORDS = "___records___";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path templates;
  private final List<JsonNode> objects;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Map<String, String>> mappings = new HashMap<>();

  private SavedObjectsCheck(Path templates, List<JsonNode> objects) {
    this.templates = templates;
    this.objects = objects;
  }

  /** Every problem found in {@code objects}, checked against the index templates in {@code templates}. */
  static List<String> problems(Path templates, List<JsonNode> objects) {
    SavedObjectsCheck check = new SavedObjectsCheck(templates, objects);
    check.run();
    return check.problems;
  }

  private void run() {
    Set<String> seen = new HashSet<>();
    for (JsonNode o : objects) {
      String name = o.path("type").asText() + " " + o.path("id").asText();
      if (!o.path("attributes").isObject() || !o.path("references").isArray() || o.path("id").asText().isEmpty()) {
        problems.add(name + ": needs id, attributes and references");
        continue;
      }
      if (!seen.add(name)) {
        problems.add(name + ": duplicate id");
      }
      for (JsonNode ref : o.path("references")) {
        if (find(ref.path("type").asText(), ref.path("id").asText()) == null) {
          problems.add(name + ": reference " + ref + " does not resolve");
        }
      }
      switch (o.path("type").asText()) {
        case "index-pattern" -> dataView(name, o);
        case "lens" -> lens(name, o);
        case "search" -> search(name, o);
        case "visualization" -> visualization(name, o);
        case "dashboard" -> dashboard(name, o);
        default -> problems.add(name + ": unexpected type");
      }
    }
  }

  private void dataView(String name, JsonNode view) {
    Map<String, String> types = fieldTypes(name, view.at("/attributes/title").asText());
    if (!"date".equals(types.get(view.at("/attributes/timeFieldName").asText()))) {
      problems.add(name + ": time field " + view.at("/attributes/timeFieldName") + " is not a date");
    }
    for (String attr : List.of("fieldFormatMap", "fieldAttrs")) {
      JsonNode map = parse(name, attr, view.path("attributes").path(attr));
      if (map != null) {
        map.fieldNames().forEachRemaining(field -> {
          if (!types.containsKey(field)) {
            problems.add(name + ": " + attr + " names field " + field + " missing from the mapping");
          }
        });
      }
    }
  }

  private void lens(String name, JsonNode lens) {
    JsonNode layers = lens.at("/attributes/state/datasourceStates/formBased/layers");
    if (!layers.isObject() || layers.isEmpty()) {
      problems.add(name + ": no form-based layer");
      return;
    }
    Set<String> allColumns = new HashSet<>();
    layers.fields().forEachRemaining(entry -> {
      String layerName = name + " layer " + entry.getKey();
      JsonNode dataView = referenced(lens, "indexpattern-datasource-layer-" + entry.getKey());
      if (dataView == null) {
        problems.add(layerName + ": no data view reference");
        return;
      }
      Map<String, String> types = fieldTypes(layerName, dataView.at("/attributes/title").asText());
      JsonNode columns = entry.getValue().path("columns");
      Set<String> ids = new HashSet<>();
      columns.fieldNames().forEachRemaining(ids::add);
      allColumns.addAll(ids);
      Set<String> order = new HashSet<>();
      entry.getValue().path("columnOrder").forEach(c -> order.add(c.asText()));
      if (!order.equals(ids)) {
        problems.add(layerName + ": columnOrder " + order + " is not the columns " + ids);
      }
      columns.fields().forEachRemaining(c -> column(layerName + " column " + c.getKey(), c.getValue(), ids, types));
    });
    JsonNode vis = lens.at("/attributes/state/visualization");
    List<String> accessors = new ArrayList<>();
    vis.findValues("xAccessor").forEach(a -> accessors.add(a.asText()));
    vis.findValues("yAccessor").forEach(a -> accessors.add(a.asText()));
    vis.findValues("valueAccessor").forEach(a -> accessors.add(a.asText()));
    vis.findValues("splitAccessor").forEach(a -> accessors.add(a.asText()));
    vis.findValues("accessors").forEach(list -> list.forEach(a -> accessors.add(a.asText())));
    vis.findValues("columnId").forEach(a -> accessors.add(a.asText()));
    if (accessors.isEmpty()) {
      problems.add(name + ": the visualization shows no column");
    }
    for (String a : accessors) {
      if (!allColumns.contains(a)) {
        problems.add(name + ": the visualization shows column " + a + ", which no layer has");
      }
    }
  }

  private void column(String name, JsonNode column, Set<String> columnIds, Map<String, String> types) {
    String field = column.path("sourceField").asText();
    String operation = column.path("operationType").asText();
    if (operation.equals("count")) {
      if (!field.equals(RECORDS)) {
        problems.add(name + ": count of field " + field);
      }
    } else {
      aggregatable(name, field, types);
    }
    JsonNode orderBy = column.at("/params/orderBy");
    if (orderBy.path("type").asText().equals("column") && !columnIds.contains(orderBy.path("columnId").asText())) {
      problems.add(name + ": ordered by missing column " + orderBy.path("columnId"));
    }
    if (operation.equals("last_value")) {
      String sortField = column.at("/params/sortField").asText();
      if (!"date".equals(types.get(sortField))) {
        problems.add(name + ": last value sorted by " + sortField + ", which is not a date");
      }
    }
    if (operation.equals("date_histogram") && !"date".equals(types.get(field))) {
      problems.add(name + ": date histogram on " + field + ", which is not a date");
    }
  }

  private void search(String name, JsonNode search) {
    JsonNode source = parse(name, "searchSourceJSON", search.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON"));
    if (source == null) {
      return;
    }
    JsonNode dataView = referenced(search, source.path("indexRefName").asText());
    if (dataView == null) {
      problems.add(name + ": no data view reference for " + source.path("indexRefName"));
      return;
    }
    Map<String, String> types = fieldTypes(name, dataView.at("/attributes/title").asText());
    search.at("/attributes/columns").forEach(c -> {
      if (!types.containsKey(c.asText())) {
        problems.add(name + ": column " + c.asText() + " missing from the mapping");
      }
    });
    search.at("/attributes/sort").forEach(s -> aggregatable(name + " sort", s.path(0).asText(), types));
  }

  private void visualization(String name, JsonNode vis) {
    JsonNode state = parse(name, "visState", vis.at("/attributes/visState"));
    parse(name, "uiStateJSON", vis.at("/attributes/uiStateJSON"));
    parse(name, "searchSourceJSON", vis.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON"));
    if (state != null && (!state.path("type").asText().equals("markdown") || state.at("/params/markdown").asText()
        .isBlank())) {
      problems.add(name + ": only Markdown panels with text are expected, got " + state.path("type"));
    }
  }

  private void dashboard(String name, JsonNode dashboard) {
    parse(name, "searchSourceJSON", dashboard.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON"));
    parse(name, "optionsJSON", dashboard.at("/attributes/optionsJSON"));
    JsonNode panels = parse(name, "panelsJSON", dashboard.at("/attributes/panelsJSON"));
    if (panels == null) {
      return;
    }
    if (panels.isEmpty()) {
      problems.add(name + ": no panels");
    }
    List<JsonNode> grids = new ArrayList<>();
    Set<String> indices = new HashSet<>();
    for (JsonNode panel : panels) {
      JsonNode target = referenced(dashboard, panel.path("panelRefName").asText());
      if (target == null) {
        problems.add(name + ": panel " + panel.path("panelIndex") + " has no reference " + panel.path("panelRefName"));
      } else if (!target.path("type").asText().equals(panel.path("type").asText())) {
        problems.add(name + ": panel " + panel.path("panelIndex") + " of type " + panel.path("type")
            + " shows a " + target.path("type"));
      }
      JsonNode grid = panel.path("gridData");
      if (!indices.add(panel.path("panelIndex").asText()) || !grid.path("i").asText().equals(
          panel.path("panelIndex").asText())) {
        problems.add(name + ": panel index " + panel.path("panelIndex") + " is repeated or differs from gridData.i");
      }
      if (grid.path("x").asInt() < 0 || grid.path("y").asInt() < 0 || grid.path("w").asInt() <= 0
          || grid.path("h").asInt() <= 0 || grid.path("x").asInt() + grid.path("w").asInt() > 48) {
        problems.add(name + ": panel " + grid + " does not fit the 48-column grid");
      }
      for (JsonNode other : grids) {
        if (overlap(grid, other)) {
          problems.add(name + ": panel " + grid + " overlaps " + other);
        }
      }
      grids.add(grid);
    }
  }

  private void aggregatable(String name, String field, Map<String, String> types) {
    String type = types.get(field);
    if (type == null || !AGGREGATABLE.contains(type)) {
      problems.add(name + ": field " + field + " is " + (types.containsKey(field) ? "of type " + type + ", not aggregatable" : "missing from the mapping"));
    }
  }

  private JsonNode parse(String name, String attribute, JsonNode text) {
    if (!text.isTextual()) {
      problems.add(name + ": " + attribute + " is not a JSON string");
      return null;
    }
    try {
      return JSON.readTree(text.asText());
    } catch (IOException e) {
      problems.add(name + ": " + attribute + " does not parse: " + e.getMessage());
      return null;
    }
  }

  private JsonNode referenced(JsonNode object, String refName) {
    for (JsonNode ref : object.path("references")) {
      if (ref.path("name").asText().equals(refName)) {
        return find(ref.path("type").asText(), ref.path("id").asText());
      }
    }
    return null;
  }

  private JsonNode find(String type, String id) {
    return objects.stream().filter(o -> o.path("type").asText().equals(type) && o.path("id").asText().equals(id))
        .findFirst().orElse(null);
  }

  private static boolean overlap(JsonNode a, JsonNode b) {
    return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
        && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
        && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
        && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
  }

  /**
   * Field path → type from the template whose index pattern or alias covers {@code indexName}, sub-fields
   * included; null (and a problem) when no template does.
   */
  private Map<String, String> fieldTypes(String name, String indexName) {
    Map<String, String> types = mappings.computeIfAbsent(indexName, this::readFieldTypes);
    if (types.isEmpty()) {
      problems.add(name + ": no index template covers " + indexName);
    }
    return types;
  }

  private Map<String, String> readFieldTypes(String indexName) {
    try (Stream<Path> files = Files.list(templates)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".template.json")).sorted().toList()) {
        JsonNode template = JSON.readTree(file.toFile());
        boolean alias = template.at("/template/aliases").has(indexName);
        for (JsonNode pattern : template.path("index_patterns")) {
          if (alias || indexName.startsWith(pattern.asText().replace("*", ""))) {
            Map<String, String> types = new HashMap<>();
            collect("", template.at("/template/mappings/properties"), types);
            return types;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of();
  }

  private static void collect(String prefix, JsonNode properties, Map<String, String> types) {
    properties.fields().forEachRemaining(e -> {
      String path = prefix + e.getKey();
      types.put(path, e.getValue().path("type").asText("object"));
      collect(path + ".", e.getValue().path("properties"), types);
      collect(path + ".", e.getValue().path("fields"), types);
    });
  }
}
