package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {
  static final String PLAN = Path.of("..", "config", "plans", "205-KH-BTCTW-2019.yaml").toString();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ClassifyCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void classifiesAFileOfArticlesAndReportsBadLines() throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"1\",\"title\":\"Kết nạp đảng viên mới ở doanh nghiệp\",\"text\":\"\"}\n{broken\n");
    assertThat(run("--plan", PLAN, "--input", input.toString())).isZero();
    assertThat(out.toString()).startsWith("{\"id\":\"1\",\"themes\":[{\"id\":\"2.7\"");
    assertThat(err.toString()).contains("line 2: skipped").contains("1 articles classified, 1 bad lines skipped");
  }

  @Test
  void invalidPlanFailsWithItsMessage() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), "id: x\n");
    assertThat(run("--plan", plan.toString(), "--input", plan.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'title' is required");
  }

  @Test
  void missingInputFileFails() {
    assertThat(run("--plan", PLAN, "--input", dir.resolve("nope.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("input file not found");
  }
}
