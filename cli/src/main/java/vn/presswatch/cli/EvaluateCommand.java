package vn.presswatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.core.plan.Theme;
import vn.presswatch.processing.classify.Evaluation;
import vn.presswatch.processing.classify.GoldArticle;
import vn.presswatch.processing.classify.GoldSetReader;
import vn.presswatch.processing.classify.PlanClassifier;

/** {@code evaluate}: scores the plan classifier against a labelled gold set and prints P/R/F1 per theme. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate the classifier on a gold set: JSON lines with \"themes\":[\"1.1\",...] and the article inline",
      "(id, title, lead, text) or a \"source\" (and \"ref\") under the shared data directory.",
      "Prints precision, recall and F1 per theme, then micro and macro averages."
    })
public class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--plan", required = true, paramLabel = "YAML", description = "Plan file")
  Path plan;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold set, JSON lines")
  Path gold;

  @Option(names = "--shared-dir", paramLabel = "DIR", defaultValue = "../shared",
      description = "Where gold \"source\" paths are resolved (default: ${DEFAULT-VALUE})")
  Path sharedDir;

  @Option(names = "--errors", description = "Also list the articles the classifier got wrong")
  boolean listErrors;

  public EvaluateCommand() {}

  @Override
  public Integer call() {
    Evaluation evaluation;
    try {
      Plan p = PlanLoader.load(plan);
      List<GoldArticle> articles = new GoldSetReader(sharedDir).read(gold);
      evaluation = Evaluation.run(PlanClassifier.of(p), p.themes().stream().map(Theme::id).toList(), articles);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("evaluate: " + e.getMessage());
      return 2;
    }
    spec.commandLine().getOut().print(evaluation.report());
    if (listErrors) {
      evaluation.errors().forEach(e -> spec.commandLine().getOut()
          .printf("%s gold=%s predicted=%s%n", e.articleId(), e.gold(), e.predicted()));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
