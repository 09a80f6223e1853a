package vn.presswatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the {@code monitor} command line with every subcommand; tests use it to run commands in-process. */
public final class MonitorCommandLine {
  private MonitorCommandLine() {}

  /** The top-level command: prints usage when called without a subcommand. */
  @Command(name = "monitor", mixinStandardHelpOptions = true, version = "presswatch 0.1.0",
      description = "Media monitoring: crawl outlets, classify articles against communication plans, count coverage.",
      subcommands = {

        RunCommand.class,
        StatusCommand.class,
        CrawlCommand.class,
        SourcesCommand.class,
        ReportCommand.class,
        ReprocessCommand.class,
        QueryCommand.class,
        DashboardsCommand.class,
        ExtractCommand.class,
        BenchCommand.class,
        ClassifyCommand.class,
        EvaluateCommand.class,
        CommandLine.HelpCommand.class
      })
  static final class Root implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  public static CommandLine create() {
    CommandLine cl = new CommandLine(new Root());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
