package vn.presswatch.processing.document;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.Theme;

/**
 * Display labels copied into every document so dashboards can group and show them without joins: outlet names and
 * kinds, theme names and kinds.
 */
public final class Labels implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An outlet's or a theme's name and kind. */
  public record Label(String name, String kind) implements Serializable {}

  private static final Label UNKNOWN_OUTLET = new Label(null, "unknown");

  private final Map<String, Label> outlets = new HashMap<>();
  private final Map<String, Label> themes = new HashMap<>();

  public Labels(List<Outlet> outletList, List<Plan> plans) {
    for (Outlet o : outletList) {
      outlets.put(o.id(), new Label(o.name(), o.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }
    for (Plan plan : plans) {
      for (Theme t : plan.themes()) {
        themes.put(themeKey(plan.id(), t.id()), new Label(t.nameVi(), t.kind().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
  }

  /** {@code plan:theme}, unique across plans. */
  public static String themeKey(String plan, String theme) {
    return plan + ':' + theme;
  }

  /** The outlet's label; an outlet missing from the catalogue gets no name and kind {@code unknown}. */
  public Label outlet(String id) {
    return outlets.getOrDefault(id, UNKNOWN_OUTLET);
  }

  public Label theme(String plan, String theme) {
    return themes.getOrDefault(themeKey(plan, theme), new Label(theme, "unknown"));
  }
}
