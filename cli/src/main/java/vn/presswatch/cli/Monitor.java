package vn.presswatch.cli;

/** Entry point of {@code ./monitor}. */
public final class Monitor {
  private Monitor() {}

  public static void main(String[] args) {
    int exit = MonitorCommandLine.create().execute(args);
    System.exit(exit);
  }
}
