package vn.presswatch.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code kibana/saved-objects.ndjson} against the index templates: every line parses, the JSON strings
 * inside parse, references resolve, every field a data view or visualisation uses exists in the mapping of its
 * index with an aggregatable type, and dashboard panels do not overlap.
 */
class KibanaSavedObjectsTest {
  static final Path SAVED_OBJECTS = Path.of("kibana/saved-objects.ndjson");
  static final Set<String> AGGREGATABLE = Set.of("keyword", "date", "boolean", "integer", "long", "float", "double",
      "short", "byte", "scaled_float");
  static final ObjectMapper JSON = new ObjectMapper();
  static List<JsonNode> objects = new ArrayList<>();

  @BeforeAll
  static void parse() throws IOException {
    for (String line : Files.readAllLines(SAVED_OBJECTS)) {
      objects.add(JSON.readTree(line));
    }
  }

  @Test
  void holdsDataViewsForTheThreeIndicesLensAndTheOverviewDashboard() {
    assertThat(ofType("index-pattern")).extracting(o -> o.at("/attributes/title").asText())
        .containsExactlyInAnyOrder("presswatch-articles", "presswatch-coverage", "presswatch-sources");
    assertThat(ofType("lens")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(ofType("dashboard")).extracting(o -> o.at("/attributes/title").asText())
        .containsExactly("Tổng quan mức độ đưa tin");
  }

  @Test
  void everyReferenceResolves() {
    for (JsonNode object : objects) {
      for (JsonNode ref : object.path("references")) {
        assertThat(find(ref.path("type").asText(), ref.path("id").asText()))
            .as(object.path("id").asText() + " → " + ref).isNotNull();
      }
    }
  }

  @Test
  void everyUsedFieldIsAggregatableInItsMapping() throws IOException {
    for (JsonNode view : ofType("index-pattern")) {
      Map<String, String> types = fieldTypes(view.at("/attributes/title").asText());
      assertThat(types.get(view.at("/attributes/timeFieldName").asText())).isEqualTo("date");
    }
    for (JsonNode lens : ofType("lens")) {
      String dataView = lens.path("references").get(0).path("id").asText();
      Map<String, String> types = fieldTypes(find("index-pattern", dataView).at("/attributes/title").asText());
      lens.at("/attributes/state/datasourceStates/formBased/layers").forEach(layer ->
          layer.path("columns").forEach(column -> assertThat(types.get(column.path("sourceField").asText()))
              .as(lens.path("id").asText() + " " + column).isIn(AGGREGATABLE)));
    }
  }

  @Test
  void dashboardJsonStringsParseAndPanelsDoNotOverlap() throws IOException {
    for (JsonNode dashboard : ofType("dashboard")) {
      JSON.readTree(dashboard.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON").asText());
      JSON.readTree(dashboard.at("/attributes/optionsJSON").asText());
      JsonNode panels = JSON.readTree(dashboard.at("/attributes/panelsJSON").asText());
      Set<String> refNames = new HashSet<>();
      dashboard.path("references").forEach(r -> refNames.add(r.path("name").asText()));
      List<JsonNode> grids = new ArrayList<>();
      for (JsonNode panel : panels) {
        assertThat(refNames).contains(panel.path("panelRefName").asText());
        JsonNode grid = panel.path("gridData");
        assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("fits 48 columns").isLessThanOrEqualTo(48);
        for (JsonNode other : grids) {
          assertThat(overlap(grid, other)).as(grid + " overlaps " + other).isFalse();
        }
        grids.add(grid);
      }
    }
  }

  private static boolean overlap(JsonNode a, JsonNode b) {
    return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
        && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
        && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
        && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
  }

  private static List<JsonNode> ofType(String type) {
    return objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
  }

  private static JsonNode find(String type, String id) {
    return ofType(type).stream().filter(o -> o.path("id").asText().equals(id)).findFirst().orElse(null);
  }

  /**
   * Field path → type from the template whose index pattern or alias covers {@code indexName}, sub-fields
   * included.
   */
  private static Map<String, String> fieldTypes(String indexName) throws IOException {
    try (Stream<Path> templates = Files.list(Path.of("elasticsearch"))) {
      for (Path file : templates.filter(f -> f.toString().endsWith(".template.json")).toList()) {
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
    }
    throw new AssertionError("no template for " + indexName);
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
