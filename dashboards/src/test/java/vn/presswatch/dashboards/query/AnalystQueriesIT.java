package vn.presswatch.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.time.Period;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.dashboards.TestNode;
import vn.presswatch.elastic.IndexNames;

/** Runs every analyst query on an embedded node holding the {@link AnalystDataSet}. */
class AnalystQueriesIT {
  static final String PLAN = AnalystDataSet.PLAN;
  @TempDir static Path home;
  static TestNode node;
  static ElasticsearchConnection connection;
  static AnalystQueries queries;

  @BeforeAll
  static void indexDataSet() throws Exception {
    node = TestNode.start(home);
    connection = node.connection();
    ElasticsearchClient client = connection.client();
    IndexNames names = connection.indexNames();
    AnalystDataSet.index(client, names);
    queries = new AnalystQueries(client, names);
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  @Test
  void coverageSumsThePeriodPerOutletMostArticlesFirst() throws Exception {
    QueryRows rows = queries.coverage(PLAN, "1.1", Optional.empty(), Period.parse("2019-H1"));

    assertThat(rows.columns()).containsExactly("outlet", "outlet_name", "articles", "title_hits");
    assertThat(rows.rows()).containsExactly(List.of("nhandan", "Nhân Dân", "8", "3"),
        List.of("tuoitre", "Tuổi Trẻ", "4", "0"));
  }

  @Test
  void coverageOfOneOutlet() throws Exception {
    QueryRows rows = queries.coverage(PLAN, "1.1", Optional.of("tuoitre"), Period.parse("2019"));

    assertThat(rows.rows()).containsExactly(List.of("tuoitre", "Tuổi Trẻ", "104", "0"));
  }

  @Test
  void citingFindsTheNumberInTheTextAndInClassifierEvidenceNewestFirst() throws Exception {
    QueryRows rows = queries.citing("35-NQ/TW", Optional.empty());

    assertThat(rows.rows()).containsExactly(
        List.of("2019-05-20", "tuoitre", "Phản bác các quan điểm sai trái", "https://tuoitre.vn/a2"),
        List.of("2019-02-03", "nhandan", "Đảng Cộng sản Việt Nam lãnh đạo công tác tư tưởng",
            "https://nhandan.vn/a1"));
  }

  @Test
  void citingOutsideThePeriodFindsNothing() throws Exception {
    assertThat(queries.citing("35-NQ/TW", Optional.of(Period.parse("2018"))).rows()).isEmpty();
  }

  @Test
  void gapsListCatalogueOutletsWithoutTheThemeInThePeriod() throws Exception {
    QueryRows rows = queries.gaps(PLAN, "2.5", Period.parse("2019"));

    assertThat(rows.rows()).containsExactly(List.of("tuoitre", "Tuổi Trẻ"), List.of("vov", "VOV"));
  }

  @Test
  void searchIgnoresDiacriticsAndCase() throws Exception {
    QueryRows rows = queries.search("dang cong san", Optional.empty());

    assertThat(rows.rows()).extracting(r -> r.get(3)).containsExactly("https://nhandan.vn/a1", "https://vov.vn/a3");
  }

  @Test
  void searchWithinAPeriod() throws Exception {
    QueryRows rows = queries.search("DANG cong SAN", Optional.of(Period.parse("2018")));

    assertThat(rows.rows()).extracting(r -> r.get(3)).containsExactly("https://vov.vn/a3");
  }
}
