package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.presswatch.dashboards.TestNode;
import vn.presswatch.elastic.ElasticsearchConnection;

/** Runs {@code monitor query} in-process against an embedded node holding two coverage rows. */
class QueryCommandIT {
  @TempDir static Path home;
  static TestNode node;

  @BeforeAll
  static void start() throws Exception {
    node = TestNode.start(home);
    ElasticsearchConnection c = node.connection();
    for (String outlet : new String[] {"nhandan", "vov"}) {
      c.client().index(i -> i.index(c.indexNames().coverage()).id(outlet).document(Map.of("plan", "205-KH/BTCTW",
          "outlet", outlet, "outlet_name", outlet.toUpperCase(), "theme", "1.1", "day", "2019-02-01",
          "articles", outlet.length(), "title_hits", 1)));
    }
    c.client().indices().refresh(r -> r.index(c.indexNames().coverage()));
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  static CommandResult query(String subcommand, String... args) {
    String[] all = new String[args.length + 5];
    System.arraycopy(new String[] {subcommand, "--home", home.toString(), "--elasticsearch", node.node().httpUrl()}, 0,
        all, 0, 5);
    System.arraycopy(args, 0, all, 5, args.length);
    return CommandResult.of(new CommandLine(new QueryCommand()), all);
  }

  @Test
  void coverageAsCsv() {
    CommandResult r = query("coverage", "--theme", "1.1", "--period", "2019-H1", "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).containsExactly("outlet,outlet_name,articles,title_hits", "nhandan,NHANDAN,7,1",
        "vov,VOV,3,1");
  }

  @Test
  void coverageOfOneOutletAsTable() {
    CommandResult r = query("coverage", "--theme", "1.1", "--outlet", "vov", "--period", "2019");

    assertThat(r.out().lines()).containsExactly("outlet  outlet_name  articles  title_hits",
        "vov     VOV          3         1");
  }

  @Test
  void noGapsExitsWithNoRows() {
    CommandResult r = query("gaps", "--theme", "1.1", "--period", "2019");

    assertThat(r.exit()).isEqualTo(QueryCommand.NO_ROWS);
    assertThat(r.out().lines()).containsExactly("outlet  outlet_name");
  }

  @Test
  void badPeriodIsAUsageError() {
    CommandResult r = query("gaps", "--theme", "1.1", "--period", "2019-H3");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2019-H3");
  }
}
