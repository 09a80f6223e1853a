package vn.presswatch.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.core.time.Period;
import vn.presswatch.dashboards.report.ReportFormat;
import vn.presswatch.dashboards.report.ReportGenerator;
import vn.presswatch.dashboards.report.ReportLabels;
import vn.presswatch.dashboards.report.ReportQueries;
import vn.presswatch.elastic.ElasticsearchConnection;

/**
 * {@code monitor report}: the six-month or annual coverage report of a plan (section V.5 of the plan), written as
 * HTML, PDF, XLSX and CSV from the indexed data. Exit code 0 when written, 1 when the period has no data.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the coverage report of a plan for a period (HTML with charts, PDF, XLSX, CSV).")
public final class ReportCommand implements Callable<Integer> {
  /** Exit code when the period has no article on the plan. */
  static final int NO_DATA = 1;

  @Mixin HomeOptions home;
  @Mixin ClusterOptions clusters;
  @Spec CommandSpec spec;

  @Mixin PeriodOptions periodOptions;

  @Option(names = "--plan", paramLabel = "YAML",
      description = "Plan file. Default: the first file of the monitor.plans setting.")
  Path plan;

  @Option(names = "--format", defaultValue = "html,pdf,xlsx,csv", description = "Comma-separated: html, pdf, xlsx, csv. "
      + "Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en.")
  String language;

  @Option(names = "--top", defaultValue = "5", description = "Top articles per theme. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--out", defaultValue = "reports", description = "Output directory. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Period reported = periodOptions.period(cli);
    Set<ReportFormat> formats;
    ReportLabels labels;
    try {
      formats = ReportFormat.parseList(format);
      labels = ReportLabels.of(language);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    Settings settings = home.settings(clusters.overrides());
    Plan loaded = PlanLoader.load(plan != null ? plan : Path.of(settings.list("monitor.plans").get(0)));
    try (ElasticsearchConnection connection = ElasticsearchConnection.open(clusters.elasticsearch(settings, cli))) {
      ReportGenerator generator = new ReportGenerator(new ReportQueries(connection.client(),
          connection.indexNames(), top));
      long start = System.nanoTime();
      ReportGenerator.Result result = generator.generate(loaded, reported, formats, labels, out,
          step -> cli.getErr().println(step));
      if (result.data().isEmpty()) {
        cli.getErr().println(labels.get("empty", reported.label(), reported.first().toString(),
            reported.last().toString(), loaded.id()));
        return NO_DATA;
      }
      result.files().forEach(f -> cli.getOut().println(f));
      cli.getErr().printf("%d files in %d ms%n", result.files().size(), (System.nanoTime() - start) / 1_000_000);
    }
    return 0;
  }
}
