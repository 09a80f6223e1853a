package vn.presswatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What a command run in-process printed, and its exit code. */
record CommandResult(int exit, String out, String err) {

  static CommandResult of(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CommandResult(exit, out.toString(), err.toString());
  }

  /** {@code monitor ARGS...}, as the launcher runs it. */
  static CommandResult monitor(String... args) {
    return of(MonitorCommandLine.create(), args);
  }
}
