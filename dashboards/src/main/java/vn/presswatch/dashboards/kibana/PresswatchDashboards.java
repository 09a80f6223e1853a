package vn.presswatch.dashboards.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import static vn.presswatch.dashboards.kibana.Dashboard.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.presswatch.core.plan.DocumentRef;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.Theme;

/**
 * Every Kibana saved object presswatch ships, generated from the plans: four data views, the Lens visualisations,
 * saved searches and the dashboards Coverage overview, Outlet × theme, Outlet ranking, Source health and one Theme
 * drill-down per theme of each plan. What comes from a plan — theme labels ("1.1 Tăng cường bảo vệ …"), the
 * sub-points of the đề cương and the phrases that identify a theme — is read from the plan, so a new plan only needs
 * {@code monitor dashboards generate}. The result is committed as {@code dashboards/kibana/saved-objects.ndjson};
 * a test checks that the committed file is what this class generates.
 */
public final class PresswatchDashboards {
  static final String ARTICLES = "presswatch-articles";
  static final String COVERAGE = "presswatch-coverage";
  static final String SOURCES = "presswatch-sources";
  static final String DEAD_LETTER = "presswatch-dead-letter";

  /** Source-health flags (ingest's HealthFlag) in Vietnamese. */
  private static final Map<String, String> FLAGS = Map.of(
      "OK", "Bình thường", "NEW", "Chưa thu thập", "FAILING", "Lỗi liên tiếp", "SILENT", "Không có bài mới",
      "DISABLED", "Đã tắt");
  private static final Map<String, String> THEME_KINDS = Map.of("focal", "Trọng tâm", "regular", "Thường xuyên");

  private final List<Plan> plans;
  private final List<ObjectNode> objects = new ArrayList<>();

  private PresswatchDashboards(List<Plan> plans) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no plan: the dashboards need at least one plan");
    }
    this.plans = List.copyOf(plans);
  }

  /** The saved objects for {@code plans}, data views first and each object after the objects it references. */
  public static List<ObjectNode> objects(List<Plan> plans) {
    PresswatchDashboards d = new PresswatchDashboards(plans);
    d.build();
    return List.copyOf(d.objects);
  }

  /** The saved objects as NDJSON, one object per line, as Kibana's export API writes them. */
  public static String ndjson(List<Plan> plans) {
    StringBuilder out = new StringBuilder();
    objects(plans).forEach(o -> out.append(SavedObjects.string(o)).append('\n'));
    return out.toString();
  }

  private <T extends ObjectNode> T add(T object) {
    objects.add(object);
    return object;
  }

  private void build() {
    dataViews();
    ObjectNode byMonth = add(Lens.on("pw-articles-by-month", "Số bài theo tháng và loại nội dung", COVERAGE)
        .dateHistogram("month", "Tháng", "day", "M")
        .terms("kind", "Loại nội dung", "theme_kind", 2, null)
        .sum("articles", "Số bài", "articles")
        .xy("bar_stacked", "month", "kind", "articles"));
    ObjectNode byOutlet = add(Lens.on("pw-articles-by-outlet", "Số bài theo cơ quan báo chí", COVERAGE)
        .terms("outlet", "Cơ quan báo chí", "outlet_name", 20, "articles")
        .sum("articles", "Số bài", "articles")
        .xy("bar_horizontal", "outlet", null, "articles"));
    ObjectNode byTheme = add(Lens.on("pw-articles-by-theme", "Số bài và bài nêu ở tít theo nội dung", COVERAGE)
        .terms("theme", "Nội dung", "theme_key", 100, null)
        .sum("articles", "Số bài", "articles")
        .sum("title_hits", "Nêu ở tít", "title_hits")
        .table());
    ObjectNode themeShare = add(Lens.on("pw-theme-share", "Tỷ trọng các nội dung theo tháng", COVERAGE)
        .dateHistogram("month", "Tháng", "day", "M")
        .terms("theme", "Nội dung", "theme_key", 20, "articles")
        .sum("articles", "Số bài", "articles")
        .xy("bar_percentage_stacked", "month", "theme", "articles"));
    ObjectNode failing = add(Lens.on("pw-failing-sources", "Nguồn tin lỗi liên tiếp", SOURCES)
        .terms("source", "Nguồn", "source", 50, "failures")
        .sum("failures", "Số lần lỗi liên tiếp", "consecutive_failures")
        .table());
    ObjectNode themeLinks = add(SavedObjects.markdown("pw-theme-links", "Các nội dung của kế hoạch", themeLinks()));

    add(Dashboard.titled("pw-coverage-overview", "Tổng quan mức độ đưa tin",
            "Coverage overview: số bài theo tháng, loại nội dung, cơ quan báo chí, nội dung; tình trạng nguồn tin.")
        .row(15, panel(48, byMonth))
        .row(20, panel(24, byOutlet), panel(24, byTheme))
        .row(15, panel(32, themeShare), panel(16, themeLinks))
        .row(12, panel(48, failing))
        .build());

    add(Dashboard.titled("pw-outlet-theme", "Cơ quan báo chí × nội dung",
            "Outlet × theme: số bài và số bài nêu ở tít của mỗi cơ quan cho mỗi nội dung trong khoảng thời gian chọn.")
        .row(25, panel(48, add(heatmap("pw-outlet-theme-heatmap", "Số bài: cơ quan báo chí × nội dung", "articles",
            "Số bài"))))
        .row(25, panel(48, add(heatmap("pw-outlet-theme-title-heatmap", "Bài nêu ở tít: cơ quan báo chí × nội dung",
            "title_hits", "Nêu ở tít"))))
        .build());

    ObjectNode ranking = add(Lens.on("pw-outlet-ranking-table", "Xếp hạng cơ quan báo chí theo nội dung", COVERAGE)
        .terms("theme", "Nội dung", "theme_key", 100, null)
        .terms("outlet", "Cơ quan báo chí", "outlet_name", 10, "articles")
        .sum("articles", "Số bài", "articles")
        .sum("title_hits", "Nêu ở tít", "title_hits")
        .sum("body_only_hits", "Chỉ trong thân bài", "body_only_hits")
        .sum("syndicated", "Đăng lại", "syndicated")
        .table());
    ObjectNode titleRanking = add(Lens.on("pw-outlet-title-hits", "Số bài nêu ở tít theo cơ quan báo chí", COVERAGE)
        .terms("outlet", "Cơ quan báo chí", "outlet_name", 20, "title_hits")
        .sum("title_hits", "Nêu ở tít", "title_hits")
        .xy("bar_horizontal", "outlet", null, "title_hits"));
    add(Dashboard.titled("pw-outlet-ranking", "Xếp hạng cơ quan báo chí",
            "Outlet ranking: mười cơ quan có nhiều bài nhất cho mỗi nội dung trong khoảng thời gian chọn (kỳ báo cáo).")
        .row(30, panel(32, ranking), panel(16, themeLinks))
        .row(20, panel(24, byOutlet), panel(24, titleRanking))
        .build());

    themeDrillDowns(byOutlet);
    sourceHealth(failing);
  }

  private void dataViews() {
    Map<String, String> themeLabels = new LinkedHashMap<>();
    for (Plan plan : plans) {
      for (Theme theme : plan.themes()) {
        themeLabels.put(themeKey(plan, theme), label(theme));
      }
    }
    JsonNode themes = SavedObjects.lookupFormat(themeLabels);
    JsonNode kinds = SavedObjects.lookupFormat(THEME_KINDS);
    add(SavedObjects.dataView(ARTICLES, "Bài báo", "published_at",
        Map.of("url", SavedObjects.urlFormat(), "canonical_url", SavedObjects.urlFormat(), "theme_keys", themes,
            "title_theme_keys", themes, "themes.key", themes, "themes.kind", kinds),
        Map.of("published_at", "Ngày đăng", "outlet_name", "Cơ quan báo chí", "title", "Tiêu đề", "url", "Đường dẫn",
            "theme_keys", "Nội dung", "themes.evidence.phrase", "Căn cứ", "section", "Chuyên mục")));
    add(SavedObjects.dataView(COVERAGE, "Mức độ đưa tin", "day",
        Map.of("theme_key", themes, "theme_kind", kinds),
        Map.of("day", "Ngày", "outlet_name", "Cơ quan báo chí", "theme_key", "Nội dung", "theme_kind", "Loại nội dung",
            "articles", "Số bài", "title_hits", "Nêu ở tít")));
    // Every crawler event updates updated_at; last_success would hide sources that never succeeded.
    add(SavedObjects.dataView(SOURCES, "Nguồn tin", "updated_at",
        Map.of("feed", SavedObjects.urlFormat(), "flag", SavedObjects.lookupFormat(FLAGS)),
        Map.of("outlet", "Cơ quan báo chí", "feed", "Nguồn", "flag", "Tình trạng", "last_success",
            "Lần thành công gần nhất", "last_error", "Lỗi gần nhất", "consecutive_failures", "Số lần lỗi liên tiếp")));
    add(SavedObjects.dataView(DEAD_LETTER, "Bản ghi lỗi", "at",
        Map.of("url", SavedObjects.urlFormat()),
        Map.of("at", "Thời điểm", "stage", "Công đoạn", "reason", "Lý do", "source", "Nguồn", "url", "Đường dẫn",
            "detail", "Chi tiết")));
  }

  private ObjectNode heatmap(String id, String title, String field, String label) {
    return Lens.on(id, title, COVERAGE)
        .terms("theme", "Nội dung", "theme_key", 50, null)
        .terms("outlet", "Cơ quan báo chí", "outlet_name", 30, "value")
        .sum("value", label, field)
        .heatmap("theme", "outlet", "value");
  }

  /** One dashboard per theme: its sub-points, articles per day, outlets, evidence phrases and the article list. */
  private void themeDrillDowns(ObjectNode outlets) {
    ObjectNode perDay = add(Lens.on("pw-theme-articles-by-day", "Số bài theo ngày", COVERAGE)
        .dateHistogram("day", "Ngày", "day", "auto")
        .sum("articles", "Số bài", "articles")
        .sum("title_hits", "Nêu ở tít", "title_hits")
        .xy("line", "day", null, "articles", "title_hits"));
    ObjectNode list = add(SavedObjects.search("pw-article-list", "Danh sách bài báo", ARTICLES,
        List.of("outlet_name", "title", "url", "theme_keys"), "published_at"));
    for (Plan plan : plans) {
      for (Theme theme : plan.themes()) {
        String slug = slug(plan.id() + "-" + theme.id());
        ObjectNode subPoints = add(SavedObjects.markdown("pw-sub-points-" + slug,
            "Các ý trong đề cương: " + theme.id(), subPointsMarkdown(plan, theme)));
        ObjectNode evidence = add(Lens.on("pw-evidence-" + slug, "Căn cứ nhận diện nội dung " + theme.id(), ARTICLES)
            .terms("phrase", "Căn cứ", "themes.evidence.phrase", 25, "articles", phrases(theme))
            .count("articles", "Số bài")
            .xy("bar_horizontal", "phrase", null, "articles"));
        String key = themeKey(plan, theme);
        add(Dashboard.titled(drillDownId(plan, theme), "Nội dung " + label(theme),
                "Theme drill-down: " + plan.id() + " " + theme.id() + " — các ý trong đề cương, số bài, cơ quan báo "
                    + "chí, căn cứ nhận diện và danh sách bài có đường dẫn.")
            .query("theme_key : \"" + key + "\" or theme_keys : \"" + key + "\"")
            .row(15, panel(16, subPoints), panel(32, perDay))
            .row(18, panel(24, outlets), panel(24, evidence))
            .row(25, panel(48, list))
            .build());
      }
    }
  }

  private void sourceHealth(ObjectNode failing) {
    ObjectNode byFlag = add(Lens.on("pw-sources-by-flag", "Số nguồn theo tình trạng", SOURCES)
        .terms("flag", "Tình trạng", "flag", 5, "sources")
        .count("sources", "Số nguồn")
        .xy("bar_horizontal", "flag", null, "sources"));
    ObjectNode table = add(Lens.on("pw-sources-table", "Tình trạng từng nguồn tin", SOURCES)
        .terms("outlet", "Cơ quan báo chí", "outlet", 100, null)
        .terms("feed", "Nguồn", "feed", 20, null)
        .lastValue("flag", "Tình trạng", "flag", "string", "updated_at")
        .lastValue("last_success", "Lần thành công gần nhất", "last_success", "date", "updated_at")
        .max("failures", "Số lần lỗi liên tiếp", "consecutive_failures")
        .lastValue("last_error", "Lỗi gần nhất", "last_error", "string", "updated_at")
        .max("items_per_day", "Bài mới mỗi ngày", "items_per_day")
        .table());
    ObjectNode deadOverTime = add(Lens.on("pw-dead-letters-over-time", "Bản ghi lỗi theo thời gian", DEAD_LETTER)
        .dateHistogram("at", "Thời điểm", "at", "auto")
        .terms("stage", "Công đoạn", "stage", 10, "records")
        .count("records", "Số bản ghi lỗi")
        .xy("bar_stacked", "at", "stage", "records"));
    ObjectNode deadByReason = add(Lens.on("pw-dead-letters-by-reason", "Bản ghi lỗi theo lý do", DEAD_LETTER)
        .terms("stage", "Công đoạn", "stage", 10, "records")
        .terms("reason", "Lý do", "reason", 20, "records")
        .terms("source", "Nguồn", "source", 20, "records")
        .count("records", "Số bản ghi lỗi")
        .table());
    ObjectNode deadList = add(SavedObjects.search("pw-dead-letter-list", "Bản ghi lỗi gần nhất", DEAD_LETTER,
        List.of("stage", "reason", "source", "url", "detail"), "at"));
    add(Dashboard.titled("pw-source-health", "Tình trạng nguồn tin",
            "Source health: tình trạng từng nguồn (lần thành công, lỗi gần nhất, số lần lỗi liên tiếp) và bản ghi "
                + "lỗi (dead letters) theo thời gian, công đoạn và lý do.")
        .row(12, panel(16, byFlag), panel(32, failing))
        .row(20, panel(48, table))
        .row(15, panel(24, deadOverTime), panel(24, deadByReason))
        .row(20, panel(48, deadList))
        .build());
  }

  private String themeLinks() {
    StringBuilder md = new StringBuilder();
    for (Plan plan : plans) {
      md.append("**").append(plan.id()).append("** — chi tiết từng nội dung:\n\n");
      for (Theme theme : plan.themes()) {
        md.append("- [").append(label(theme)).append("](#/view/").append(drillDownId(plan, theme)).append(")\n");
      }
      md.append('\n');
    }
    return md.toString().strip();
  }

  private static String subPointsMarkdown(Plan plan, Theme theme) {
    StringBuilder md = new StringBuilder("**").append(label(theme)).append("** (")
        .append(THEME_KINDS.get(kind(theme)).toLowerCase(Locale.ROOT)).append(", ").append(plan.id()).append(")\n\n");
    if (theme.subPoints().isEmpty()) {
      md.append("Kế hoạch không nêu ý cụ thể cho nội dung này.");
    } else {
      md.append("Các ý trong đề cương:\n\n");
      theme.subPoints().forEach(p -> md.append("- ").append(p).append('\n'));
      md.append("\nBộ phân loại ghi nhận bài theo nội dung, không theo từng ý; các ý giúp đọc danh sách bài bên dưới.");
    }
    return md.toString().strip();
  }

  /** The phrases the classifier reports as evidence for {@code theme}: as written in the plan, documents by label. */
  private static List<String> phrases(Theme theme) {
    return Stream.of(theme.signals().keyPhrases().stream(), theme.signals().supportingPhrases().stream(),
            theme.signals().documents().stream().map(DocumentRef::label))
        .flatMap(s -> s).distinct().toList();
  }

  static String drillDownId(Plan plan, Theme theme) {
    return "pw-theme-" + slug(plan.id() + "-" + theme.id());
  }

  /** The {@code plan:theme} key the job writes (processing's Labels.themeKey). */
  static String themeKey(Plan plan, Theme theme) {
    return plan.id() + ':' + theme.id();
  }

  static String label(Theme theme) {
    return theme.id() + " " + theme.nameVi();
  }

  private static String kind(Theme theme) {
    return theme.kind().name().toLowerCase(Locale.ROOT);
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
