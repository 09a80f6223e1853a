package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.presswatch.cli.pipeline.Pipeline;
import vn.presswatch.cli.pipeline.StackFile;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.json.Json;

/**
 * The README's first command, in-process: {@code monitor run --replay infra/samples/replay --once} on the embedded
 * stack, then {@code monitor status --json} against the same work directory after a restart.
 */
class RunCommandIT {
  static final String PLAN = "../config/plans/205-KH-BTCTW-2019.yaml";
  static final String SAMPLE = "../infra/samples/replay";

  record Result(int exit, String out, String err) {}

  static Result monitor(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = MonitorCommandLine.create();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void replaysTheSampleIntoElasticsearchAndKeepsItAcrossARestart(@TempDir Path home) throws Exception {
    Result run = monitor("run", "--home", home.toString(), "--replay", SAMPLE, "--plan", PLAN, "--once");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Elasticsearch  http://127.0.0.1:", "Flink web UI   http://127.0.0.1:");
    // The sample's expected pass: 11 articles (1 a syndicated duplicate) and 2 dead letters.
    assertThat(run.err()).contains("published 11", "indexed 11 articles", "dead letters 2");
    assertThat(StackFile.read(home)).as("the stack file goes with the pipeline").isEmpty();

    // Start the same work directory again, without crawling: the data is still there.
    Settings settings = Settings.defaults().with(Map.of("monitor.home", home.toString(),
        "monitor.outlets", SAMPLE + "/outlets.yaml", "monitor.plans", PLAN), "test");
    try (Pipeline again = Pipeline.start(settings, List.of(Path.of(PLAN)), Path.of(SAMPLE, "outlets.yaml"),
        Path.of("unused.jar"))) {
      Result status = monitor("status", "--home", home.toString(), "--json");
      assertThat(status.exit()).as(status.err()).isZero();
      JsonNode json = Json.mapper().readTree(status.out());
      assertThat(json.at("/pipeline/articles_published").asLong()).isEqualTo(11);
      assertThat(json.at("/pipeline/articles_indexed").asLong()).isEqualTo(11);
      assertThat(json.at("/pipeline/dead_letters").asLong()).isEqualTo(2);
      assertThat(json.at("/documents/presswatch-coverage").asLong()).isPositive();
      assertThat(json.at("/flink_web").asText()).isEqualTo(again.stack().flinkWeb());

      Result table = monitor("status", "--home", home.toString());
      assertThat(table.out()).contains("articles_indexed", "presswatch.articles");
      assertThat(StackFile.read(home)).isPresent();
    }
    try (var runs = Files.list(home.resolve("flink").resolve("checkpoints"))) {
      assertThat(runs.count()).as("checkpoints of the run resumed from and of the restart, no older ones")
          .isLessThanOrEqualTo(2);
    }
    assertThat(Files.isDirectory(home.resolve("kafka"))).isTrue();
  }

  @Test
  void statusWithoutAPipelineSaysHowToStartOne(@TempDir Path home) {
    Result status = monitor("status", "--home", home.toString());
    assertThat(status.exit()).isEqualTo(2);
    assertThat(status.err()).contains("./monitor run");
  }
}
