package vn.presswatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.processing.classify.ClassifyService;
import vn.presswatch.processing.classify.PlanClassifier;

/** {@code classify}: credits JSON-lines articles with the themes of a plan, one JSON line out per article. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Classify articles (JSON lines with id, title, text; optional lead) against a plan's themes.",
      "Writes one JSON line per article: {\"id\", \"themes\":[{\"id\",\"score\",\"title_hit\",\"evidence\"}],"
          + " \"forms\"}. Bad lines are reported on stderr and skipped."
    })
public class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--plan", required = true, paramLabel = "YAML", description = "Plan file, e.g. config/plans/205-KH-BTCTW-2019.yaml")
  Path plan;

  @Option(names = "--input", paramLabel = "FILE", description = "Articles as JSON lines (default: standard input)")
  Path input;

  public ClassifyCommand() {}

  @Override
  public Integer call() throws IOException {
    PlanClassifier classifier;
    try {
      classifier = PlanClassifier.of(PlanLoader.load(plan));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("classify: " + e.getMessage());
      return 2;
    }
    if (input != null && !Files.isRegularFile(input)) {
      spec.commandLine().getErr().println("classify: input file not found: " + input);
      return 2;
    }
    try (BufferedReader in = input == null
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      ClassifyService.Counts counts =
          new ClassifyService(classifier).run(in, spec.commandLine().getOut(), spec.commandLine().getErr());
      spec.commandLine().getErr().printf("classify: %d articles classified, %d bad lines skipped%n",
          counts.classified(), counts.bad());
    }
    return 0;
  }
}
