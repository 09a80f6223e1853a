package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crawl} in-process: a dry run of the shipped replay sample, and its refusals. */
class CrawlCommandTest {
  private static final Path SAMPLE = Path.of(System.getProperty("basedir", ".")).resolve("../infra/samples/replay")
      .normalize();

  @TempDir Path home;

  private static int run(Object command, StringWriter out, StringWriter err, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void replayDryRunCrawlsTheSampleWithAProgressLine() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(new CrawlCommand(), out, err, "--home", home.toString(), "--replay", SAMPLE.toString(), "--once",
        "--dry-run");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("published 11 (duplicates 1), dead letters 2")
        .contains("malformed-feed").contains("no-body");
    assertThat(err.toString()).contains("] 12/12 pages");
    assertThat(Files.list(home.resolve("warc"))).isNotEmpty();

  }

  @Test
  void withoutKafkaOrDryRunItSaysWhatToDo() {
    StringWriter err = new StringWriter();
    int code = run(new CrawlCommand(), new StringWriter(), err, "--home", home.toString(), "--once");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--kafka").contains("MONITOR_KAFKA_BOOTSTRAP_SERVERS");
  }

  @Test
  void backfillNeedsAPeriod() {
    StringWriter err = new StringWriter();
    assertThat(run(new CrawlCommand(), new StringWriter(), err, "--backfill", "--from", "2019-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("--backfill needs --from and --to");
  }
}
