package vn.presswatch.cli.pipeline;

import java.util.Objects;

/**
 * How {@link Pipeline} starts the coverage job.
 *
 * @param rebuild with empty state, reading the articles topic from its first record with the current plans
 * @param savepoint on an external cluster, the savepoint (or retained checkpoint) to restore; blank for none. The
 *     embedded MiniCluster always resumes from its own newest checkpoint.
 */
public record JobStart(boolean rebuild, String savepoint) {
  /** Resume: the embedded MiniCluster from its newest checkpoint; an external cluster only from a savepoint. */
  public static final JobStart RESUME = new JobStart(false, "");
  /** Start over with the current plans (docs/reprocessing.md, "Runbook: changing a plan"). */
  public static final JobStart REBUILD = new JobStart(true, "");

  public JobStart {
    Objects.requireNonNull(savepoint, "savepoint");
    if (rebuild && !savepoint.isBlank()) {
      throw new IllegalArgumentException("a rebuild starts with empty state: it cannot also restore " + savepoint);
    }
  }

  public static JobStart fromSavepoint(String savepoint) {
    return new JobStart(false, savepoint);
  }
}
