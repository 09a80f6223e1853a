package vn.presswatch.processing.jobs;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletCatalog;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.processing.document.Labels;

/**
 * The configuration files a job works from, carried as text so they travel with the job to the task managers and are
 * parsed once per task. Loading validates them up front, on the client, so a bad plan fails before submission.
 */
public final class JobInputs implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> planYamls;
  private final String outletsYaml;
  private final IndexNames indexNames;
  private transient List<Plan> plans;
  private transient Labels labels;

  public JobInputs(List<String> planYamls, String outletsYaml, IndexNames indexNames) {
    this.planYamls = List.copyOf(planYamls);
    this.outletsYaml = outletsYaml;
    this.indexNames = indexNames;
    plans();
    labels();
  }

  /**
   * Reads the plan files and the outlets file.
   *
   * @throws IllegalArgumentException naming the file that is missing or invalid
   */
  public static JobInputs load(List<Path> planFiles, Path outletsFile, IndexNames indexNames) {
    if (planFiles.isEmpty()) {
      throw new IllegalArgumentException("no plan file given: pass at least one --plan");
    }
    List<String> yamls = new ArrayList<>();
    for (Path p : planFiles) {
      yamls.add(read(p, "plan"));
    }
    return new JobInputs(yamls, read(outletsFile, "outlets"), indexNames);
  }

  private static String read(Path file, String what) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
    }
  }

  public List<Plan> plans() {
    if (plans == null) {
      plans = planYamls.stream().map(PlanLoader::parse).toList();
    }
    return plans;
  }

  public List<Outlet> outlets() {
    return OutletCatalog.parse(outletsYaml).outlets();
  }

  public Labels labels() {
    if (labels == null) {
      labels = new Labels(outlets(), plans());
    }
    return labels;
  }

  public IndexNames indexNames() {
    return indexNames;
  }
}
