package vn.presswatch.cli.reprocess;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.cli.pipeline.FlinkLauncher;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.time.Period;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.processing.jobs.BoundedRun;
import vn.presswatch.processing.jobs.CoverageJobConfig;
import vn.presswatch.processing.jobs.JobInputs;

/**
 * Reprocesses a period: runs the coverage job bounded to the period's Vietnamese days with the given plans and fresh
 * state, waits for it to finish, then deletes the coverage rows of those plans and days that the run did not rewrite.
 * Rows of other plans and other days, and articles of other days, are left as they are. Running it twice gives the
 * same documents (only their {@code updated_at}/{@code indexed_at} stamps change).
 */
public final class Reprocessor {
  private static final Logger LOG = LoggerFactory.getLogger(Reprocessor.class);
  private static final Duration POLL = Duration.ofSeconds(1);

  private Reprocessor() {}

  /** Receives the records read so far of the total the run reads. */
  @FunctionalInterface
  public interface ProgressListener {
    void progress(long read, long total);
  }

  /**
   * What a run did.
   *
   * @param records records of the articles topic read (the period's and any stored after them)
   * @param articles articles of the period classified and re-indexed
   * @param bucketsRewritten coverage rows (plan × outlet × theme × day) of the period written by the run
   * @param bucketsRemoved coverage rows of the period the run no longer produces, deleted
   * @param took wall time
   */
  public record Summary(long records, long articles, long bucketsRewritten, long bucketsRemoved, Duration took) {}

  /**
   * Runs the reprocess to completion.
   *
   * @param kafka bootstrap servers of the cluster holding the articles topic
   * @param elasticsearch the cluster the documents are in
   * @param jobJar the job jar, for an external JobManager ({@code flink.jobmanager}); unused on a MiniCluster
   * @throws IllegalStateException when the job fails; documents it already wrote stay, and running again repairs them
   */
  public static Summary run(Settings settings, String kafka, ElasticsearchConnection elasticsearch, JobInputs inputs,
      Period period, Path jobJar, ProgressListener listener) {
    long t0 = System.nanoTime();
    BoundedRun run = BoundedRun.of(period, Instant.now());
    CoverageJobConfig config = CoverageJobConfig.from(settings, kafka, elasticsearch.options()).boundedTo(run);
    List<String> plans = inputs.plans().stream().map(Plan::id).toList();
    LOG.info("reprocessing {} ({} to {}) for plans {}, run {}", period.label(), run.from(), run.toExclusive(), plans,
        run.startedAt());
    try (RangeOffsets offsets = RangeOffsets.of(kafka, config.articlesTopic(), run.from())) {
      long total = offsets.total();
      listener.progress(0, total);
      JobClient job = FlinkLauncher.launchBounded(config, inputs, settings.string("flink.jobmanager"), jobJar).job();
      try {
        awaitEnd(job, () -> listener.progress(offsets.read(config.consumerGroup()), total));
      } finally {
        offsets.deleteGroup(config.consumerGroup());
      }
      listener.progress(total, total);

      CoverageRewrite rewrite = new CoverageRewrite(elasticsearch.client(), elasticsearch.indexNames());
      long removed = rewrite.removeNotRewritten(plans, period, run.startedAt());
      return new Summary(total, rewrite.articles(period, run.startedAt()),
          rewrite.rewritten(plans, period, run.startedAt()), removed, Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  private static void awaitEnd(JobClient job, Runnable onPoll) {
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    try {
      while (!result.isDone()) {
        onPoll.run();
        Thread.sleep(POLL.toMillis());
      }
      // Throws with the job's cause when it failed or was cancelled.
      result.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the reprocess job failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.cancel();
      throw new IllegalStateException("interrupted: the reprocess job was cancelled", e);
    }
  }
}
