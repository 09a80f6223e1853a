package vn.presswatch.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.time.Period;
import vn.presswatch.dashboards.query.AnalystQueries;
import vn.presswatch.dashboards.query.QueryRows;
import vn.presswatch.elastic.ElasticsearchConnection;

/**
 * {@code monitor query}: the analysts' common questions on the indexed data, printed as a table or CSV. Each
 * subcommand parses its options and calls {@link AnalystQueries}; exit code 0 with rows, 1 when nothing matched.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Ask the indexed data: coverage of a theme, articles citing a document, outlets that never "
        + "covered a theme, diacritic-insensitive search.")
public final class QueryCommand {
  /** Exit code when the query matched nothing. */
  static final int NO_ROWS = 1;

  @Spec CommandSpec spec;

  /** Options every query shares: where the data is and how to print it. */
  static final class Common {
    @Mixin HomeOptions home;
    @Mixin ClusterOptions clusters;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv.")
    String format;
  }

  /** One query against an open {@link AnalystQueries}. */
  @FunctionalInterface
  interface Query {
    QueryRows run(AnalystQueries queries) throws Exception;
  }

  @Command(name = "coverage", mixinStandardHelpOptions = true,
      description = "Articles and title hits on a theme per outlet in a period, most articles first.")
  int coverage(@Mixin Common common,
      @Option(names = "--theme", required = true, description = "Theme id, e.g. 1.1.") String theme,
      @Option(names = "--outlet", description = "Only this outlet id, e.g. nhandan.") String outlet,
      @Option(names = "--period", required = true, description = "2019-H1, 2019 or 2019-05.") String period,
      @Option(names = "--plan", defaultValue = "205-KH/BTCTW", description = "Plan id. Default: ${DEFAULT-VALUE}.")
          String plan) throws Exception {
    Period parsed = period(period);
    return run(common, q -> q.coverage(plan, theme, Optional.ofNullable(outlet), parsed));
  }

  @Command(name = "citing", mixinStandardHelpOptions = true,
      description = "Articles citing a document (e.g. 35-NQ/TW) in their text or classifier evidence, newest first.")
  int citing(@Mixin Common common,
      @Option(names = "--document", required = true, description = "Document number, e.g. 35-NQ/TW.") String doc,
      @Option(names = "--period", description = "Only this period (2019-H1, 2019, 2019-05).") String period)
      throws Exception {
    Optional<Period> parsed = Optional.ofNullable(period).map(this::period);
    return run(common, q -> q.citing(doc, parsed));
  }

  @Command(name = "gaps", mixinStandardHelpOptions = true,
      description = "Outlets in the plan's indexed coverage that never covered a theme in the period.")
  int gaps(@Mixin Common common,
      @Option(names = "--theme", required = true, description = "Theme id, e.g. 2.5.") String theme,
      @Option(names = "--period", required = true, description = "2019-H1, 2019 or 2019-05.") String period,
      @Option(names = "--plan", defaultValue = "205-KH/BTCTW", description = "Plan id. Default: ${DEFAULT-VALUE}.")
          String plan) throws Exception {
    Period parsed = period(period);
    return run(common, q -> q.gaps(plan, theme, parsed));
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Articles containing the words as a phrase, ignoring case and diacritics (\"dang cong san\").")
  int search(@Mixin Common common,
      @Parameters(paramLabel = "WORDS", description = "Words to find in title, lead or text.") String words,
      @Option(names = "--period", description = "Only this period (2019-H1, 2019, 2019-05).") String period)
      throws Exception {
    Optional<Period> parsed = Optional.ofNullable(period).map(this::period);
    return run(common, q -> q.search(words, parsed));
  }

  private int run(Common common, Query query) throws Exception {
    CommandLine cli = spec.commandLine();
    if (!common.format.equals("table") && !common.format.equals("csv")) {
      throw new CommandLine.ParameterException(cli, "--format must be table or csv, not " + common.format);
    }
    Settings settings = common.home.settings(common.clusters.overrides());
    QueryRows rows;
    try (ElasticsearchConnection connection =
        ElasticsearchConnection.open(common.clusters.elasticsearch(settings, cli))) {
      rows = query.run(new AnalystQueries(connection.client(), connection.indexNames()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    PrintWriter out = cli.getOut();
    if (common.format.equals("csv")) {
      rows.printCsv(out);
    } else {
      rows.printTable(out);
    }
    return rows.rows().isEmpty() ? NO_ROWS : 0;
  }

  private Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
