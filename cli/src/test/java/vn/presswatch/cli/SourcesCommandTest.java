package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesCommandTest {
  @TempDir Path home;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void outlets() throws Exception {
    Files.writeString(home.resolve("outlets.yaml"), """
        outlets:
          - id: baohaiphong
            name: Báo Hải Phòng
            feeds:
              - url: https://baohaiphong.vn/rss/tin-moi-nhat.rss
              - url: https://baohaiphong.vn/rss/cu.rss
                disabled: "feed retired"
        """);
  }

  private int run(String... extra) {
    CommandLine cl = new CommandLine(new SourcesCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    String[] args = new String[extra.length + 4];
    args[0] = "--home";
    args[1] = home.toString();
    args[2] = "--outlets";
    args[3] = home.resolve("outlets.yaml").toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return cl.execute(args);
  }

  @Test
  void printsOneRowPerFeedWithFlagAndDisabledReason() {
    assertThat(run()).isZero();
    assertThat(out.toString()).contains("OUTLET", "FEED", "LAST SUCCESS", "ITEMS/DAY", "FAILS", "FLAG")
        .contains("baohaiphong").contains("NEW").contains("DISABLED").contains("feed retired").contains("2 sources");
  }

  @Test
  void jsonPrintsOneObjectPerSource() {
    assertThat(run("--json")).isZero();
    assertThat(out.toString().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"outlet\":\"baohaiphong\""));
  }
}
