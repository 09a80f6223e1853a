package vn.presswatch.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.core.plan.Theme;

/**
 * Checks the committed {@code kibana/saved-objects.ndjson} without Kibana ({@link SavedObjectsCheck}: strings of
 * JSON parse, references resolve, fields exist in the index templates and are aggregatable, panels do not overlap),
 * that it holds the dashboards the monitoring staff use, and that the check does catch each kind of broken object.
 */
class KibanaSavedObjectsTest {
  static final Path SAVED_OBJECTS = Path.of("kibana/saved-objects.ndjson");
  static final Path TEMPLATES = Path.of("elasticsearch");
  static final Path PLAN = Path.of("../config/plans/205-KH-BTCTW-2019.yaml");
  static final ObjectMapper JSON = new ObjectMapper();
  private final List<JsonNode> objects = new ArrayList<>();

  @BeforeEach
  void parse() throws IOException {
    for (String line : Files.readAllLines(SAVED_OBJECTS)) {
      objects.add(JSON.readTree(line));
    }
  }

  @Test
  void everyObjectPassesTheCheck() {
    assertThat(objects).hasSizeGreaterThan(20);
    assertThat(SavedObjectsCheck.problems(TEMPLATES, objects)).isEmpty();
  }

  @Test
  void holdsTheFourDataViewsAndTheDashboardsInVietnamese() {
    assertThat(ofType("index-pattern")).extracting(o -> o.at("/attributes/title").asText())
        .containsExactlyInAnyOrder("presswatch-articles", "presswatch-coverage", "presswatch-sources",
            "presswatch-dead-letter");
    assertThat(ofType("dashboard")).extracting(o -> o.at("/attributes/title").asText())
        .contains("Tổng quan mức độ đưa tin", "Cơ quan báo chí × nội dung", "Xếp hạng cơ quan báo chí",
            "Tình trạng nguồn tin");
    assertThat(find("lens", "pw-outlet-theme-heatmap").at("/attributes/visualizationType").asText())
        .isEqualTo("lnsHeatmap");
  }

  @Test
  void everyThemeOfThePlanHasADrillDownWithItsSubPointsEvidenceAndArticleLinks() throws IOException {
    Plan plan = PlanLoader.load(PLAN);
    JsonNode articles = find("index-pattern", "presswatch-articles");
    JsonNode formats = JSON.readTree(articles.at("/attributes/fieldFormatMap").asText());
    assertThat(formats.at("/url/id").asText()).isEqualTo("url");
    for (Theme theme : plan.themes()) {
      String slug = "205-kh-btctw-" + theme.id().replace('.', '-');
      JsonNode dashboard = find("dashboard", "pw-theme-" + slug);
      assertThat(dashboard.at("/attributes/title").asText()).contains(theme.id() + " " + theme.nameVi());
      assertThat(dashboard.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON").asText())
          .contains("205-KH/BTCTW:" + theme.id());
      assertThat(dashboard.path("references")).extracting(r -> r.path("id").asText())
          .contains("pw-sub-points-" + slug, "pw-evidence-" + slug, "pw-article-list");
      String markdown = JSON.readTree(find("visualization", "pw-sub-points-" + slug)
          .at("/attributes/visState").asText()).at("/params/markdown").asText();
      theme.subPoints().forEach(p -> assertThat(markdown).contains(p));
      assertThat(find("lens", "pw-evidence-" + slug).findValue("include")).extracting(JsonNode::asText)
          .containsAll(theme.signals().keyPhrases());
      assertThat(formats.at("/theme_keys/params/lookupEntries").findValuesAsText("value"))
          .contains(theme.id() + " " + theme.nameVi());
    }
    assertThat(find("search", "pw-article-list").at("/attributes/columns")).extracting(JsonNode::asText)
        .contains("title", "url");
  }

  @Test
  void theCheckCatchesAFieldMissingFromTheMappingOrNotAggregatable() {
    assertThat(problemsAfter("lens", "pw-articles-by-outlet",
        o -> column(o, "outlet").put("sourceField", "outlet_nam"))).anyMatch(p -> p.contains("missing"));
    assertThat(problemsAfter("lens", "pw-evidence-205-kh-btctw-1-1",
        o -> column(o, "phrase").put("sourceField", "title"))).anyMatch(p -> p.contains("title is of type text"));
    assertThat(problemsAfter("search", "pw-article-list",
        o -> ((ArrayNode) o.at("/attributes/sort/0")).set(0, JSON.getNodeFactory().textNode("lead"))))
        .anyMatch(p -> p.contains("lead is of type text"));
  }

  @Test
  void theCheckCatchesADanglingReferenceAndAnAccessorWithoutColumn() {
    assertThat(problemsAfter("lens", "pw-sources-table",
        o -> ((ObjectNode) o.at("/references/0")).put("id", "presswatch-source")))
        .anyMatch(p -> p.contains("does not resolve"));
    assertThat(problemsAfter("lens", "pw-outlet-theme-heatmap",
        o -> ((ObjectNode) o.at("/attributes/state/visualization")).put("yAccessor", "outlets")))
        .anyMatch(p -> p.contains("column outlets, which no layer has"));
  }

  @Test
  void theCheckCatchesBrokenJsonStringsAndOverlappingPanels() throws IOException {
    assertThat(problemsAfter("dashboard", "pw-source-health",
        o -> ((ObjectNode) o.path("attributes")).put("panelsJSON", "[{\"type\": \"lens\",")))
        .anyMatch(p -> p.contains("panelsJSON does not parse"));
    JsonNode panels = JSON.readTree(find("dashboard", "pw-source-health").at("/attributes/panelsJSON").asText());
    ((ObjectNode) panels.get(1).path("gridData")).put("x", 8);
    assertThat(problemsAfter("dashboard", "pw-source-health",
        o -> ((ObjectNode) o.path("attributes")).put("panelsJSON", panels.toString())))
        .anyMatch(p -> p.contains("overlaps"));
  }

  private List<String> problemsAfter(String type, String id, Consumer<ObjectNode> breakIt) {
    ObjectNode broken = find(type, id).deepCopy();
    breakIt.accept(broken);
    List<JsonNode> changed = new ArrayList<>(objects);
    changed.set(objects.indexOf(find(type, id)), broken);
    return SavedObjectsCheck.problems(TEMPLATES, changed);
  }

  private static ObjectNode column(ObjectNode lens, String column) {
    return (ObjectNode) lens.at("/attributes/state/datasourceStates/formBased/layers/layer1/columns/" + column);
  }

  private List<JsonNode> ofType(String type) {
    return objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
  }

  private JsonNode find(String type, String id) {
    return ofType(type).stream().filter(o -> o.path("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " " + id));
  }
}
