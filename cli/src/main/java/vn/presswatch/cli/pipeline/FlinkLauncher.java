package vn.presswatch.cli.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.io.Directories;
import vn.presswatch.infra.embedded.LoopbackPorts;
import vn.presswatch.processing.jobs.CoverageJob;
import vn.presswatch.processing.jobs.CoverageJobConfig;
import vn.presswatch.processing.jobs.JobInputs;

/**
 * Submits the coverage job: to an in-process MiniCluster with its web UI on loopback (embedded mode), or to an
 * external JobManager with the job jar. Checkpoints are kept on cancellation (embedded: under
 * {@code <home>/flink/checkpoints} unless {@code flink.checkpoint-dir} says otherwise), and an embedded start resumes
 * from the newest one, so a restart neither loses nor double-counts anything. Each start is a new job with its own
 * checkpoint directory; the directories of older runs are deleted at start, keeping the one resumed from.
 */
public final class FlinkLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(FlinkLauncher.class);

  private FlinkLauncher() {}

  /** A submitted job and the URL of the Flink web UI it runs under. */
  public record Launched(JobClient job, String webUrl) {}

  /**
   * @param checkpointDir a local directory for checkpoints
   * @param resume whether to resume from the newest checkpoint; without, every earlier run's checkpoints are deleted
   *     and the job starts with empty state (a rebuild)
   */
  public static Launched launchEmbedded(CoverageJobConfig config, JobInputs inputs, Path checkpointDir, int webPort,
      boolean resume) {
    Path checkpoints = checkpointDir.toAbsolutePath();
    Configuration conf = checkpointing(checkpoints.toUri().toString());
    int port = LoopbackPorts.resolve(webPort, "Flink web UI");
    conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    conf.set(RestOptions.ADDRESS, "127.0.0.1");
    conf.set(RestOptions.PORT, port);
    // Slot sharing puts one subtask of every operator in a slot: as many slots as the widest operator.
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, Math.max(config.parallelism(), config.sink().parallelism()));
    Optional<Path> latest = resume ? latestCheckpoint(checkpoints) : Optional.empty();
    latest.ifPresent(chk -> {
      LOG.info("resuming from checkpoint {}", chk);
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, chk.toUri().toString());
    });
    deleteOlderRuns(checkpoints, latest.map(chk -> chk.getParent()));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
    return new Launched(execute(env, config, inputs), "http://127.0.0.1:" + port);
  }

  /**
   * Submits to an external cluster.
   *
   * @param jobmanager {@code host:port} of the JobManager's REST endpoint
   * @param jobJar the job jar built by the processing module ({@code processing/target/processing-*-job.jar})
   * @param checkpointUri where checkpoints go, reachable from every node of the cluster; blank for the cluster's own
   *     {@code execution.checkpointing.dir}
   * @param savepoint the savepoint or retained checkpoint to restore, as the cluster sees it; blank for empty state
   */
  public static Launched launchRemote(CoverageJobConfig config, JobInputs inputs, String jobmanager, Path jobJar,
      String checkpointUri, String savepoint) {
    Configuration conf = checkpointing(checkpointUri);
    if (!savepoint.isBlank()) {
      LOG.info("restoring from {}", savepoint);
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
    }
    return new Launched(execute(remote(jobmanager, jobJar, conf), config, inputs), "http://" + jobmanager);
  }

  /**
   * Submits a bounded run of the coverage job (a reprocess, {@link CoverageJobConfig#bounded()}) with fresh state: it
   * never resumes a checkpoint, and it fails for good after three restarts rather than retrying forever.
   *
   * @param jobmanager {@code host:port} of an external JobManager, or blank for an in-process MiniCluster
   */
  public static Launched launchBounded(CoverageJobConfig config, JobInputs inputs, String jobmanager, Path jobJar) {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    if (!jobmanager.isBlank()) {
      return new Launched(execute(remote(jobmanager, jobJar, conf), config, inputs), "http://" + jobmanager);
    }
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, Math.max(config.parallelism(), config.sink().parallelism()));
    return new Launched(execute(StreamExecutionEnvironment.createLocalEnvironment(conf), config, inputs), null);
  }

  private static StreamExecutionEnvironment remote(String jobmanager, Path jobJar, Configuration conf) {
    String[] hostPort = jobmanager.split(":");
    if (hostPort.length != 2) {
      throw new IllegalArgumentException("--flink must be host:port, got '" + jobmanager + "'");
    }
    if (!Files.isRegularFile(jobJar)) {
      throw new IllegalArgumentException("job jar " + jobJar + " not found: build it with ./mvnw -pl processing -am package");
    }
    return StreamExecutionEnvironment.createRemoteEnvironment(hostPort[0], Integer.parseInt(hostPort[1]), conf,
        jobJar.toString());
  }

  private static Configuration checkpointing(String checkpointUri) {
    Configuration conf = new Configuration();
    conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
    if (!checkpointUri.isBlank()) {
      conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointUri);
    }
    conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
    return conf;
  }

  private static JobClient execute(StreamExecutionEnvironment env, CoverageJobConfig config, JobInputs inputs) {
    CoverageJob.define(env, config, inputs);
    try {
      return env.executeAsync(config.jobName());
    } catch (Exception e) {
      throw new IllegalStateException("cannot submit the coverage job: " + e.getMessage(), e);
    }
  }

  /** The newest completed checkpoint (a {@code chk-N} directory with its {@code _metadata}) under {@code dir}. */
  static Optional<Path> latestCheckpoint(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.find(dir, 3, (p, a) -> p.getFileName().toString().equals("_metadata")
        && p.getParent().getFileName().toString().startsWith("chk-"))) {
      return files.max(Comparator.comparing(FlinkLauncher::modified)).map(Path::getParent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for checkpoints in " + dir, e);
    }
  }

  /**
   * Deletes the checkpoint directories of earlier runs (one per job id) except {@code keep}, the one the new run
   * resumes from; the new run writes its own.
   */
  static void deleteOlderRuns(Path dir, Optional<Path> keep) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> runs = Files.list(dir)) {
      for (Path run : runs.filter(Files::isDirectory).filter(r -> keep.map(k -> !k.equals(r)).orElse(true)).toList()) {
        LOG.info("deleting checkpoints of an earlier run: {}", run);
        Directories.deleteTree(run);
      }
    } catch (IOException e) {
      LOG.warn("cannot clean up old checkpoints in {}: {}", dir, e.toString());
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
