package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.StackFile;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.config.Settings;
import vn.presswatch.ingest.publish.KafkaArticleSink;
import vn.presswatch.core.time.VietnamTime;

/**
 * {@code monitor reprocess} on the real embedded stack: the live job counts six articles on four Vietnamese days with
 * a plan; the plan's keyword list changes and two of the days are reprocessed with it. Counts, removed buckets and
 * article themes must then follow the revised plan on those two days, and nothing else may change. Last, with the
 * pipeline stopped, the command starts the work directory's own Kafka and Elasticsearch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReprocessIT {
  static final String PLAN = "TEST-REPROCESS";
  static final Path PLAN_FILE = Path.of("src/test/resources/reprocess/plan.yaml");
  static final Path REVISED_PLAN_FILE = Path.of("src/test/resources/reprocess/plan-revised.yaml");
  static final Path OUTLETS = Path.of("src/test/resources/it-outlets.yaml");
  static final LocalDate D1 = LocalDate.of(2019, 3, 10);
  static final LocalDate D2 = D1.plusDays(1);
  static final LocalDate D3 = D1.plusDays(2);
  static final LocalDate D4 = D1.plusDays(3);

  /** Fuel under both plans; before the reprocessed days. */
  static final Article FUEL_D1 = article("nhandan", "gia-xang-giam", "Giá xăng giảm nhẹ từ chiều nay", D1, 12);
  /** Staff cuts under the old plan only; before the reprocessed days, so it keeps its count. */
  static final Article CUTS_D1 = article("vov", "tinh-gian-bo", "Tinh giản biên chế ở các bộ, ngành", D1, 12);
  /** Staff cuts under the old plan only, at 00:30 in Vietnam (still D1 in UTC): its bucket must go. */
  static final Article CUTS_D2 = article("nhandan", "tinh-gian-tinh", "Tinh giản biên chế ở các tỉnh", D2, 0);
  /** Fuel under both plans; staff cuts under the revised plan only. */
  static final Article FUEL_AND_STAFF_D2 = article("vov", "cay-xang",
      "Giá xăng tăng, các cây xăng cơ cấu lại đội ngũ nhân viên", D2, 12);
  /** Staff cuts under both plans. */
  static final Article CUTS_D3 = article("nhandan", "tinh-gian-co-cau",
      "Tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ", D3, 12);
  /** Staff cuts under the old plan only, at 00:30 in Vietnam on D4 (D3 in UTC): after the range, it keeps its count. */
  static final Article CUTS_D4 = article("nhandan", "tinh-gian-xa", "Tinh giản biên chế ở cấp xã", D4, 0);

  @TempDir static Path home;
  static Pipeline pipeline;
  static ElasticsearchClient es;
  static Map<String, JsonNode> before;
  static CommandResult first;
  static Map<String, JsonNode> afterFirst;

  static Article article(String outlet, String slug, String title, LocalDate day, int hour) {
    Instant published = day.atTime(hour, 30).atZone(VietnamTime.ZONE).toInstant();
    return SampleArticles.article(outlet, slug, new SampleArticles.Text(title, "", title + "."), null, published);
  }

  @BeforeAll
  static void countWithTheOldPlan() throws Exception {
    Settings settings = Settings.defaults().with(Map.of(
        "monitor.home", home.toString(),
        "flink.checkpoint-interval", "PT1S",
        "flink.sink-flush-interval", "PT0.2S"), "test");
    pipeline = Pipeline.start(settings, List.of(PLAN_FILE), OUTLETS, Path.of("unused-for-embedded.jar"));
    es = pipeline.elasticsearch().client();
    try (KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(), "", Map.of())) {
      for (Article a : List.of(FUEL_D1, CUTS_D1, CUTS_D2, FUEL_AND_STAFF_D2, CUTS_D3, CUTS_D4)) {
        sink.article(a);
      }
      sink.flush();
    }
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
        .until(() -> coverageRows().size() == 6 && articleCount() == 6);
    before = coverageRows();
    first = reprocess();
    afterFirst = coverageRows();
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  static CommandResult reprocess() {
    return CommandResult.monitor("reprocess", "--home", home.toString(), "--from", D2.toString(), "--to",
        D3.toString(), "--plan", REVISED_PLAN_FILE.toString(), "--outlets", OUTLETS.toString());
  }

  static long articleCount() throws Exception {
    es.indices().refresh(r -> r.index("presswatch-*"));
    return es.count(c -> c.index("presswatch-articles")).count();
  }

  /** Every coverage row of the test plan, by "outlet theme day". */
  static Map<String, JsonNode> coverageRows() throws Exception {
    es.indices().refresh(r -> r.index("presswatch-*"));
    SearchResponse<ObjectNode> rows = es.search(s -> s.index("presswatch-coverage").size(100)
        .query(q -> q.term(t -> t.field("plan").value(PLAN))), ObjectNode.class);
    Map<String, JsonNode> byKey = new TreeMap<>();
    rows.hits().hits().forEach(h -> byKey.put(h.source().get("outlet").asText() + " " + h.source().get("theme").asText()
        + " " + h.source().get("day").asText(), h.source()));
    return byKey;
  }

  static String key(String outlet, String theme, LocalDate day) {
    return outlet + " " + theme + " " + day;
  }

  static JsonNode articleDoc(Article a) throws Exception {
    GetResponse<ObjectNode> doc = es.get(g -> g.index("presswatch-articles-2019.03").id(a.id()), ObjectNode.class);
    assertThat(doc.found()).isTrue();
    return doc.source();
  }

  static List<String> themes(Article a) throws Exception {
    List<String> ids = new ArrayList<>();
    articleDoc(a).get("theme_ids").forEach(n -> ids.add(n.asText()));
    return ids;
  }

  @Test
  @Order(1)
  void theOldPlanCreditedStaffCutsOnEveryDay() {
    assertThat(before.keySet()).containsExactlyInAnyOrder(key("nhandan", "F", D1), key("vov", "S", D1),
        key("nhandan", "S", D2), key("vov", "F", D2), key("nhandan", "S", D3), key("nhandan", "S", D4));
  }

  @Test
  @Order(2)
  void countsOfTheReprocessedDaysFollowTheRevisedPlanAndABucketOnlyTheOldPlanCreditedIsGone() {
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(afterFirst.keySet()).containsExactlyInAnyOrder(key("nhandan", "F", D1), key("vov", "S", D1),
        key("vov", "F", D2), key("vov", "S", D2), key("nhandan", "S", D3), key("nhandan", "S", D4));
    JsonNode staff = afterFirst.get(key("vov", "S", D2));
    assertThat(staff.get("articles").asInt()).isEqualTo(1);
    assertThat(staff.get("title_hits").asInt()).isEqualTo(1);
    assertThat(staff.get("outlet_articles").asInt()).isEqualTo(1);
    assertThat(afterFirst.get(key("nhandan", "S", D3)).get("articles").asInt()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void rowsOutsideTheReprocessedDaysAreUntouched() {
    for (LocalDate outside : List.of(D1, D4)) {
      before.keySet().stream().filter(k -> k.endsWith(outside.toString()))
          .forEach(k -> assertThat(afterFirst.get(k)).as(k).isEqualTo(before.get(k)));
    }
  }

  @Test
  @Order(4)
  void articlesOfTheReprocessedDaysCarryTheRevisedThemesAndOthersKeepTheirs() throws Exception {
    assertThat(themes(CUTS_D2)).isEmpty();
    assertThat(themes(FUEL_AND_STAFF_D2)).containsExactlyInAnyOrder("F", "S");
    assertThat(themes(CUTS_D3)).containsExactly("S");
    assertThat(themes(CUTS_D4)).containsExactly("S");
    assertThat(articleDoc(CUTS_D4).get("indexed_at").asText())
        .isNotEqualTo(articleDoc(CUTS_D3).get("indexed_at").asText());
  }

  @Test
  @Order(5)
  void itPrintsProgressAndWhatItRewrote() {
    assertThat(first.out()).contains("Reprocessing 2019-03-11..2019-03-12", PLAN)
        .contains("3 articles re-classified, 3 coverage rows rewritten, 1 removed");
    assertThat(first.err()).containsPattern("read \\d+ of \\d+ records");
  }

  @Test
  @Order(6)
  void runningItAgainGivesTheSameCounts() throws Exception {
    CommandResult again = reprocess();
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("3 articles re-classified, 3 coverage rows rewritten, 0 removed");
    Map<String, JsonNode> afterSecond = coverageRows();
    assertThat(afterSecond.keySet()).isEqualTo(afterFirst.keySet());
    afterSecond.forEach((k, row) -> {
      ObjectNode a = ((ObjectNode) row).deepCopy();
      ObjectNode b = ((ObjectNode) afterFirst.get(k)).deepCopy();
      a.remove("updated_at");
      b.remove("updated_at");
      assertThat(a).as(k).isEqualTo(b);
    });
  }

  @Test
  @Order(7)
  void withThePipelineStoppedItStartsTheHomesKafkaAndElasticsearchFromTheirData() throws Exception {
    pipeline.close();
    pipeline = null;
    assertThat(home.resolve(StackFile.NAME)).doesNotExist();
    CommandResult stopped = reprocess();
    assertThat(stopped.exit()).as(stopped.err()).isZero();
    assertThat(stopped.out()).contains("is stopped: starting its embedded Kafka and Elasticsearch")
        .contains("3 articles re-classified, 3 coverage rows rewritten, 0 removed");
  }

  @Test
  @Order(8)
  void aRebuildRecountsEveryDayWithTheRevisedPlanAndSweepsWhatItNoLongerProduces() throws Exception {
    CommandResult rebuilt = CommandResult.monitor("run", "--home", home.toString(), "--plan",
        REVISED_PLAN_FILE.toString(), "--outlets", OUTLETS.toString(), "--once", "--rebuild");
    assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
    assertThat(rebuilt.out()).contains("Rebuild complete: 6 articles re-read, 2 coverage rows the current plans no "
        + "longer produce removed.");

    pipeline = Pipeline.start(Settings.defaults().with(Map.of("monitor.home", home.toString(),
        "flink.checkpoint-interval", "PT1S", "flink.sink-flush-interval", "PT0.2S"), "test"),
        List.of(REVISED_PLAN_FILE), OUTLETS, Path.of("unused-for-embedded.jar"));
    es = pipeline.elasticsearch().client();
    // The old plan's staff-cut credits of D1 and D4 are gone too, not only those of the reprocessed days.
    assertThat(coverageRows().keySet()).containsExactlyInAnyOrder(key("nhandan", "F", D1), key("vov", "F", D2),
        key("vov", "S", D2), key("nhandan", "S", D3));
    assertThat(themes(CUTS_D4)).isEmpty();
  }

  @Test
  @Order(9)
  void afterARebuildTheLiveJobRemembersArticlesUnderTheRevisedPlan() throws Exception {
    // Rewritten without its staff story: the job must take back the staff-cut credit that only the revised plan
    // gave, which it can only do if its state was rebuilt with that plan.
    Article fuelOnly = article("vov", "cay-xang", "Giá xăng tăng từ chiều nay", D2, 12);
    assertThat(fuelOnly.id()).isEqualTo(FUEL_AND_STAFF_D2.id());
    try (KafkaArticleSink sink = new KafkaArticleSink(pipeline.stack().kafka(), "", Map.of())) {
      sink.article(fuelOnly);
      sink.flush();
    }
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
        .until(() -> coverageRows().get(key("vov", "S", D2)).get("articles").asInt() == 0);
    JsonNode fuel = coverageRows().get(key("vov", "F", D2));
    assertThat(fuel.get("articles").asInt()).isEqualTo(1);
    assertThat(fuel.get("outlet_articles").asInt()).isEqualTo(1);
  }
}
