package vn.presswatch.dashboards.kibana;

import static vn.presswatch.dashboards.kibana.SavedObjects.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a dashboard of saved objects placed by reference, row by row on Kibana's 48-column grid, so panels never
 * overlap by construction: {@code Dashboard.titled(...).row(15, panel(24, lensA), panel(24, lensB)).row(...).build()}.
 */
final class Dashboard {
  static final int GRID_COLUMNS = 48;

  private final String id;
  private final String title;
  private final String description;
  private String query = "";
  private final ArrayNode panels = JSON.createArrayNode();
  private final ArrayNode references = JSON.createArrayNode();
  private int y;

  private Dashboard(String id, String title, String description) {
    this.id = id;
    this.title = title;
    this.description = description;
  }

  static Dashboard titled(String id, String title, String description) {
    return new Dashboard(id, title, description);
  }

  /** A KQL query saved with the dashboard, applied to every panel. */
  Dashboard query(String kql) {
    this.query = kql;
    return this;
  }

  /** A saved object shown {@code width} grid columns wide. */
  record Panel(int width, JsonNode object) {}

  static Panel panel(int width, JsonNode object) {
    return new Panel(width, object);
  }

  /**
   * A row of panels {@code height} grid units high, left to right.
   *
   * @throws IllegalArgumentException when the widths overflow the 48-column grid
   */
  Dashboard row(int height, Panel... row) {
    int x = 0;
    for (Panel p : row) {
      int width = p.width();
      JsonNode object = p.object();
      if (x + width > GRID_COLUMNS) {
        throw new IllegalArgumentException(title + ": row wider than " + GRID_COLUMNS + " columns");
      }
      String index = "p" + (panels.size() + 1);
      ObjectNode panel = panels.addObject().put("type", object.path("type").asText());
      panel.putObject("gridData").put("x", x).put("y", y).put("w", width).put("h", height).put("i", index);
      panel.put("panelIndex", index);
      panel.putObject("embeddableConfig");
      panel.put("panelRefName", "panel_" + index);
      references.add(SavedObjects.reference(object.path("type").asText(), object.path("id").asText(), "panel_" + index));
      x += width;
    }
    y += height;
    return this;
  }

  ObjectNode build() {
    ObjectNode attrs = JSON.createObjectNode().put("title", title).put("description", description)
        .put("timeRestore", false);
    ObjectNode options = JSON.createObjectNode().put("useMargins", true).put("syncColors", false)
        .put("syncCursor", true).put("syncTooltips", false).put("hidePanelTitles", false);
    attrs.put("optionsJSON", SavedObjects.string(options));
    attrs.put("panelsJSON", SavedObjects.string(panels));
    attrs.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", SavedObjects.string(SavedObjects.querySource(query)));
    return SavedObjects.object("dashboard", id, "8.9.0", attrs, references);
  }
}
