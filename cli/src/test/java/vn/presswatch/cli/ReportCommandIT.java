package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.presswatch.dashboards.TestNode;

/** {@code monitor report} in-process against an embedded node with empty indices: messages and exit codes. */
class ReportCommandIT {
  static final String PLAN = "../config/plans/205-KH-BTCTW-2019.yaml";
  @TempDir static Path home;
  static TestNode node;

  @BeforeAll
  static void start() throws Exception {
    node = TestNode.start(home);
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  static CommandResult report(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(new String[] {"--home", home.toString(), "--elasticsearch", node.node().httpUrl(), "--plan",
        PLAN}, 0, all, 0, 6);
    System.arraycopy(args, 0, all, 6, args.length);
    return CommandResult.of(new CommandLine(new ReportCommand()), all);
  }

  @Test
  void emptyPeriodSaysSoInVietnameseAndWritesNothing() {
    Path out = home.resolve("out");
    CommandResult r = report("--period", "2019-H1", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(ReportCommand.NO_DATA);
    assertThat(r.err()).contains("querying coverage 2019-H1…")
        .contains("Không có dữ liệu cho kỳ 2019-H1 (2019-01-01 – 2019-06-30) của kế hoạch 205-KH/BTCTW.");
    assertThat(out).doesNotExist();
  }

  @Test
  void emptyPeriodInEnglish() {
    CommandResult r = report("--from", "2019-03-01", "--to", "2019-03-31", "--lang", "en", "--out",
        home.resolve("en").toString());
    assertThat(r.exit()).isEqualTo(ReportCommand.NO_DATA);
    assertThat(r.err()).contains("No data for period 2019-03-01..2019-03-31");
  }

  @Test
  void periodOrRangeIsRequiredAndFormatsAreChecked() {
    assertThat(report().err()).contains("Give either --period");
    assertThat(report("--period", "2019", "--from", "2019-01-01").exit()).isEqualTo(2);
    CommandResult bad = report("--period", "2019", "--format", "html,docx");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown report format 'docx'");
  }
}
