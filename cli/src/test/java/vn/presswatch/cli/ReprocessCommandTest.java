package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.presswatch.core.time.VietnamTime;

/** The arguments of {@code monitor reprocess}, checked before anything is started. */
class ReprocessCommandTest {
  static final String OUTLETS = ReprocessIT.OUTLETS.toString();

  @TempDir Path home;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = MonitorCommandLine.create();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 3];
    all[0] = "reprocess";
    all[1] = "--home";
    all[2] = home.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return cl.execute(all);
  }

  @Test
  void aDateThatDoesNotExistIsRefused() {
    assertThat(run("--from", "2019-02-30", "--to", "2019-03-31")).isEqualTo(2);
    assertThat(err.toString()).contains("--from", "2019-02-30");
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRefused() {
    assertThat(run("--from", "2019-06-30", "--to", "2019-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("period ends (2019-01-01) before it starts (2019-06-30)");
  }

  @Test
  void aRangeNeedsBothEndsOrAPeriod() {
    assertThat(run("--from", "2019-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("Give either --period");
  }

  @Test
  void anUnknownPeriodIsRefusedWithTheAcceptedForms() {
    assertThat(run("--period", "2019-Q1")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown period '2019-Q1'", "YYYY-H1");
  }

  @Test
  void aPeriodThatHasNotStartedIsRefused() {
    LocalDate tomorrow = VietnamTime.day(java.time.Instant.now()).plusDays(1);
    assertThat(run("--from", tomorrow.toString(), "--to", tomorrow.plusDays(3).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("starts after today in Vietnam");
  }

  @Test
  void aMissingPlanFileIsNamed() {
    assertThat(run("--period", "2019-H1", "--plan", "nope.yaml", "--outlets", OUTLETS)).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read plan file nope.yaml");
  }

  @Test
  void withoutPipelineDataOrClustersItSaysHowToGetThem() {
    assertThat(run("--period", "2019-H1", "--plan", ReprocessIT.PLAN_FILE.toString(), "--outlets", OUTLETS))
        .isEqualTo(2);
    assertThat(err.toString()).contains("No pipeline data in", "./monitor run", "--kafka and --elasticsearch");
  }
}
