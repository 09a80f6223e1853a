package vn.presswatch.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.core.time.Period;
import vn.presswatch.dashboards.TestDocuments;
import vn.presswatch.dashboards.TestNode;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.IndexNames;

/**
 * Generates reports from a known data set on an embedded Elasticsearch node and checks the numbers in every
 * format. The data set: in 2019-H1, Nhân Dân has 5 + 3 articles on theme 1.1 (January, March) and 2 on 2.1
 * (February); Tuổi Trẻ has 4 on 1.1 on 30 June and 1 on 1.2 in May. Outside the period: 6 on 1.1 on 31 December
 * 2018 (the previous period), 100 on 1 July 2019, and 50 for another plan.
 */
class ReportGeneratorIT {
  static final String PLAN = "205-KH/BTCTW";
  @TempDir static Path home;
  static TestNode node;
  static ElasticsearchConnection connection;
  static Plan plan;

  @BeforeAll
  static void indexDataSet() throws Exception {
    node = TestNode.start(home);
    connection = node.connection();
    ElasticsearchClient client = connection.client();
    IndexNames names = connection.indexNames();
    plan = PlanLoader.load(Path.of("../config/plans/205-KH-BTCTW-2019.yaml"));
    TestDocuments.coverage(client, names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2019-01-15", 5, 2);
    TestDocuments.coverage(client, names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2019-03-10", 3, 1);
    TestDocuments.coverage(client, names, PLAN, "nhandan", "Nhân Dân", "2.1", "regular", "2019-02-01", 2, 0);
    TestDocuments.coverage(client, names, PLAN, "tuoitre", "Tuổi Trẻ", "1.1", "focal", "2019-06-30", 4, 0);
    TestDocuments.coverage(client, names, PLAN, "tuoitre", "Tuổi Trẻ", "1.2", "focal", "2019-05-05", 1, 1);
    TestDocuments.coverage(client, names, PLAN, "tuoitre", "Tuổi Trẻ", "1.1", "focal", "2019-07-01", 100, 0);
    TestDocuments.coverage(client, names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2018-12-31", 6, 0);
    TestDocuments.coverage(client, names, "OTHER", "nhandan", "Nhân Dân", "1.1", "focal", "2019-02-01", 50, 0);
    article(client, names, "a1", "Bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới", "2019-01-15", 9.5, null);
    article(client, names, "a2", "Đấu tranh phản bác các quan điểm sai trái", "2019-03-10", 6.0, null);
    article(client, names, "a3", "Bản sao: Bảo vệ nền tảng tư tưởng", "2019-03-11", 12.0, "a1");
    source(client, names, "baotintuc-rss", "baotintuc", Map.of("disabled", "feed removed by the outlet"));
    source(client, names, "vov-rss", "vov", Map.of("last_error", "HTTP 503", "last_error_at",
        "2019-04-02T03:00:00Z", "consecutive_failures", 7));
    source(client, names, "nhandan-rss", "nhandan", Map.of("last_success", "2019-06-30T10:00:00Z"));
    client.indices().refresh(r -> r.index(names.prefix() + "-*"));
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  static void article(ElasticsearchClient client, IndexNames names, String id, String title, String day,
      double score, String duplicateOf) throws Exception {
    Map<String, Object> theme = Map.of("plan", PLAN, "id", "1.1", "key", PLAN + ":1.1", "kind", "focal",
        "name", "Tăng cường bảo vệ nền tảng tư tưởng của Đảng", "score", score, "title_hit", true,
        "evidence", List.of(Map.of("phrase", "bảo vệ nền tảng tư tưởng của Đảng", "field", "title", "count", 1)));
    Map<String, Object> doc = new HashMap<>(Map.of("outlet", "nhandan", "outlet_name", "Nhân Dân",
        "url", "https://nhandan.vn/" + id, "title", title, "plans", List.of(PLAN),
        "theme_keys", List.of(PLAN + ":1.1"), "themes", List.of(theme)));
    if (duplicateOf != null) {
      doc.put("duplicate_of", duplicateOf);
    }
    TestDocuments.article(client, names, id, day, doc);
  }

  static void source(ElasticsearchClient client, IndexNames names, String source, String outlet,
      Map<String, Object> fields) throws Exception {
    Map<String, Object> doc = new HashMap<>(fields);
    doc.put("source", source);
    doc.put("outlet", outlet);
    client.index(i -> i.index(names.sources()).id(source).document(doc));
  }

  static ReportGenerator.Result generate(String period, Path out, List<String> progress) throws Exception {
    ReportGenerator generator = new ReportGenerator(new ReportQueries(connection.client(),
        connection.indexNames(), 5));
    return generator.generate(plan, Period.parse(period), EnumSet.allOf(ReportFormat.class), ReportLabels.of("vi"),
        out, progress::add);
  }

  @Test
  void htmlShowsTotalsThemesMonthsRankingGapsArticlesAndSources(@TempDir Path out) throws Exception {
    List<String> progress = new ArrayList<>();
    long start = System.nanoTime();
    ReportGenerator.Result result = generate("2019-H1", out, progress);
    System.out.printf("report 2019-H1 generated in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertThat(progress).contains("querying coverage 2019-H1…", "rendering html…", "rendering xlsx…");

    Path html = result.files().stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(doc.select("[data-total=articles]").text()).isEqualTo("15");
    assertThat(doc.select("[data-total=previous]").text()).isEqualTo("6");
    assertThat(doc.select("[data-total=outlets]").text()).isEqualTo("2");
    assertThat(doc.select("[data-total=themes]").text()).isEqualTo("3 / " + plan.themes().size());
    assertThat(doc.select("h1").text()).isEqualTo("Báo cáo kết quả tuyên truyền");

    Element theme11 = doc.select("table[data-table=themes] tbody tr").get(0);
    assertThat(theme11.select("td").eachText()).containsExactly(
        "1.1 Tăng cường bảo vệ nền tảng tư tưởng của Đảng", "Trọng tâm", "12", "3", "2", "6", "100.0",
        "5", "0", "3", "0", "0", "4");

    List<Element> ranking = doc.select("table[data-table=ranking] tbody tr");
    assertThat(ranking).hasSize(2);
    assertThat(ranking.get(0).select("td").eachText()).containsExactly("1", "Nhân Dân", "daily", "10", "2");
    assertThat(ranking.get(1).select("td").eachText()).containsExactly("2", "Tuổi Trẻ", "daily", "5", "2");

    assertThat(doc.select("ul[data-table=gaps] > li").eachAttr("data-theme"))
        .hasSize(plan.themes().size() - 3).doesNotContain("1.1", "1.2", "2.1").contains("1.3");

    List<Element> top = doc.select("table[data-table=top-articles] tbody tr");
    assertThat(top).hasSize(2);
    assertThat(top.get(0).select("a").attr("href")).isEqualTo("https://nhandan.vn/a1");
    assertThat(top.get(0).text()).contains("9.5", "bảo vệ nền tảng tư tưởng của Đảng (title ×1)");

    assertThat(doc.select("table[data-table=sources] tbody tr td:eq(1)").eachText())
        .containsExactly("baotintuc-rss", "vov-rss");
    assertThat(doc.select("svg.chart")).hasSize(2);
    assertThat(doc.select("script")).isEmpty();
  }

  @Test
  void xlsxAndCsvHoldTheSameNumbers(@TempDir Path out) throws Exception {
    ReportGenerator.Result result = generate("2019-H1", out, new ArrayList<>());
    Path xlsx = result.files().stream().filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getNumberOfSheets()).isEqualTo(6);
      Sheet themes = book.getSheet("themes");
      assertThat(themes.getRow(1).getCell(0).getStringCellValue()).startsWith("1.1 Tăng cường");
      assertThat(themes.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12);
      assertThat(themes.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(100.0);
      Sheet matrix = book.getSheet("outlet-theme");
      assertThat(matrix.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nhân Dân");
      assertThat(matrix.getRow(1).getCell(plan.themes().size() + 1).getNumericCellValue()).isEqualTo(10);
      assertThat(book.getSheet("top-articles").getRow(1).getCell(1).getHyperlink().getAddress())
          .isEqualTo("https://nhandan.vn/a1");
    }
    Path csv = result.files().stream().filter(f -> f.toString().endsWith("-ranking.csv")).findFirst().orElseThrow();
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8).lines().toList())
        .containsExactly("\uFEFFHạng,Cơ quan báo chí,Loại,Số bài,Số nội dung", "1,Nhân Dân,daily,10,2",
            "2,Tuổi Trẻ,daily,5,2");
  }

  @Test
  void pdfKeepsVietnameseHeadingsAndThemeNames(@TempDir Path out) throws Exception {
    ReportGenerator.Result result = generate("2019-H1", out, new ArrayList<>());
    Path pdf = result.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    try (PDDocument document = PDDocument.load(pdf.toFile())) {
      // Table cells wrap long names over lines: compare with whitespace collapsed.
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Báo cáo kết quả tuyên truyền", "Kết quả theo nội dung",
          "Tăng cường bảo vệ nền tảng tư tưởng của Đảng", "Nội dung ít hoặc chưa được tuyên truyền",
          "Nhân Dân", "Tuổi Trẻ", "Đề nghị biểu dương: Nhân Dân, Tuổi Trẻ");
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void englishLabels(@TempDir Path out) throws Exception {
    ReportGenerator generator = new ReportGenerator(new ReportQueries(connection.client(),
        connection.indexNames(), 5));
    ReportGenerator.Result result = generator.generate(plan, Period.parse("2019"), EnumSet.of(ReportFormat.HTML),
        ReportLabels.of("en"), out, s -> {});
    Document doc = Jsoup.parse(result.files().get(0).toFile(), "UTF-8");
    assertThat(doc.select("h1").text()).isEqualTo("Press coverage report");
    assertThat(doc.select("[data-total=articles]").text()).isEqualTo("115");
  }

  @Test
  void emptyPeriodWritesNothing(@TempDir Path out) throws Exception {
    ReportGenerator.Result result = generate("2017-H1", out.resolve("none"), new ArrayList<>());
    assertThat(result.data().isEmpty()).isTrue();
    assertThat(result.files()).isEmpty();
    assertThat(out.resolve("none")).doesNotExist();
  }
}
