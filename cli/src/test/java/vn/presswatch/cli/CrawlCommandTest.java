package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crawl --replay} and {@code sources} in-process, on the shipped replay sample. */
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
  void replayDryRunCrawlsTheSampleAndSourcesShowsItsHealth() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(new CrawlCommand(), out, err, "--home", home.toString(), "--replay", SAMPLE.toString(), "--once",
        "--dry-run");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("published 11 (duplicates 1), dead letters 2")
        .contains("malformed-feed").contains("no-body");
    assertThat(err.toString()).contains("] 12/12 pages");
    assertThat(Files.list(home.resolve("warc"))).isNotEmpty();

    Files.writeString(home.resolve("outlets.yaml"), """
        outlets:
          - id: baohaiphong
            name: Báo Hải Phòng
            feeds:
              - url: https://baohaiphong.vn/rss/tin-moi-nhat.rss
              - url: https://baohaiphong.vn/rss/cu.rss
                disabled: "feed retired"
        """);
    StringWriter table = new StringWriter();
    int sourcesCode = run(new SourcesCommand(), table, new StringWriter(), "--home", home.toString(), "--outlets",
        home.resolve("outlets.yaml").toString());
    assertThat(sourcesCode).isZero();
    assertThat(table.toString()).contains("OUTLET").contains("baohaiphong").contains("NEW").contains("DISABLED")
        .contains("feed retired").contains("2 sources");
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
