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

class EvaluateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvaluateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void printsPerThemeFiguresAndAveragesForAnInlineGoldSet() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
        {"id":"a","title":"Tinh giản biên chế gắn với vị trí việc làm","text":"","themes":["2.5"]}
        {"id":"b","title":"Giá vàng tăng","text":"","themes":[]}
        """);
    assertThat(run("--plan", ClassifyCommandTest.PLAN, "--gold", gold.toString(), "--errors")).isZero();
    assertThat(out.toString())
        .contains("2.5        1     0     0     1.000   1.000  1.000")
        .contains("macro")
        .contains("2 articles, 0 with an error");
  }

  @Test
  void goldLineWithoutThemesIsReportedWithItsLineNumber() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"a\",\"title\":\"x\"}\n");
    assertThat(run("--plan", ClassifyCommandTest.PLAN, "--gold", gold.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("line 1").contains("\"themes\"");
  }
}
