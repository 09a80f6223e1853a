package vn.presswatch.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.presswatch.core.time.Period;

/**
 * A range of Vietnamese calendar days, given as {@code --period 2019-H1} (half-year, year or month) or as {@code
 * --from} and {@code --to} dates, both inclusive.
 */
public final class PeriodOptions {
  @Option(names = "--period", description = "2019-H1, 2019-H2, 2019 or 2019-05 (Vietnamese calendar).")
  String period;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd), with --to instead of --period.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd), inclusive.")
  LocalDate to;

  /**
   * The period given.
   *
   * @throws CommandLine.ParameterException when both or neither form is given, the period is unknown, or it ends
   *     before it starts
   */
  public Period period(CommandLine commandLine) {
    try {
      if (period != null && from == null && to == null) {
        return Period.parse(period);
      }
      if (period == null && from != null && to != null) {
        return Period.between(from, to);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
    throw new CommandLine.ParameterException(commandLine, "Give either --period (2019-H1, 2019-H2, 2019, 2019-05) "
        + "or both --from and --to.");
  }
}
