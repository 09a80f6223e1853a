package vn.presswatch.cli.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.config.Settings;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexSetup;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;
import vn.presswatch.infra.embedded.EmbeddedKafka;
import vn.presswatch.processing.jobs.CoverageJob;
import vn.presswatch.processing.jobs.CoverageJobConfig;
import vn.presswatch.processing.jobs.JobInputs;

/**
 * The processing side of a running pipeline: Kafka, Elasticsearch and the coverage job on Flink. Each of the three is
 * the external cluster named in the settings, or else started here, embedded, with its data under the work directory.
 * Topics and index templates are set up idempotently; the endpoints are recorded in {@link StackFile}. Closing stops
 * what was started here, in reverse order.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Deque<AutoCloseable> started;
  private final StackFile stack;
  private final FlinkLauncher.Launched job;
  private final ElasticsearchConnection elasticsearch;
  private final Path home;

  private Pipeline(Settings settings, JobInputs inputs, Path jobJar, JobStart start, Deque<AutoCloseable> started) {
    this.started = started;
    Path home = Path.of(settings.string("monitor.home")).toAbsolutePath();
    String kafka = settings.string("kafka.bootstrap-servers");
    String esUrl = settings.string("elasticsearch.url");
    // The embedded node starts on another thread while the broker starts on this one: start-up is mostly waiting.
    CompletableFuture<EmbeddedElasticsearch> node = esUrl.isBlank()
        ? CompletableFuture.supplyAsync(() -> EmbeddedElasticsearch.start(home.resolve("elasticsearch"),
            settings.integer("elasticsearch.embedded-port")))
        : null;
    try {
      if (kafka.isBlank()) {
        EmbeddedKafka broker = EmbeddedKafka.start(home.resolve("kafka"), settings.integer("kafka.embedded-port"));
        started.push(broker);
        kafka = broker.bootstrapServers();
      }
      KafkaTopicSetup.apply(kafka, settings.string("kafka.topic-prefix"), settings.integer("kafka.partitions"),
          (short) settings.integer("kafka.replication-factor"));
      ConsumerProgress progress = new ConsumerProgress(kafka, settings.string("kafka.topic-prefix"),
          CoverageJobConfig.LIVE_GROUP);
      checkJobStart(settings.string("flink.jobmanager"), start, progress);
      if (start.rebuild()) {
        progress.forget();
      }
    } finally {
      if (node != null) {
        // Whatever happened to Kafka, the node must be tracked so that a failed start stops it again.
        started.push(join(node));
      }
    }
    if (node != null) {
      esUrl = join(node).httpUrl();
    }
    ElasticsearchOptions esOptions = ElasticsearchOptions.from(settings, esUrl);
    elasticsearch = ElasticsearchConnection.open(esOptions);
    started.push(elasticsearch);
    try {
      IndexSetup.apply(elasticsearch.client(), esOptions.indexNames());
    } catch (IOException e) {
      throw new IllegalStateException("cannot set up indices on Elasticsearch at " + esUrl + ": " + e.getMessage(), e);
    }
    CoverageJobConfig config = CoverageJobConfig.from(settings, kafka, esOptions);
    String jobmanager = settings.string("flink.jobmanager");
    String checkpointDir = settings.string("flink.checkpoint-dir");
    job = jobmanager.isBlank()
        ? FlinkLauncher.launchEmbedded(config, inputs, embeddedCheckpoints(home, checkpointDir),
            settings.integer("flink.web-port"), !start.rebuild())
        : FlinkLauncher.launchRemote(config, inputs, jobmanager, jobJar, checkpointDir, start.savepoint());
    stack = new StackFile(kafka, esUrl, job.webUrl(), ProcessHandle.current().pid());
    stack.write(home);
    this.home = home;
  }

  /**
   * Refuses a start that would run the coverage job twice, or lose its counts: on an external cluster, a job of the
   * same name still running, or a new job with empty state while the consumer group shows that an earlier one counted
   * articles (its counts are in that job's savepoint, not in Kafka).
   */
  private static void checkJobStart(String jobmanager, JobStart start, ConsumerProgress progress) {
    if (jobmanager.isBlank()) {
      if (!start.savepoint().isBlank()) {
        throw new IllegalArgumentException("--from-savepoint is for an external Flink cluster (--flink): the embedded "
            + "MiniCluster resumes from its own newest checkpoint");
      }
      return;
    }
    String rest = "http://" + jobmanager;
    try {
      Optional<FlinkRest.Job> running = new FlinkRest(rest).latestJob(CoverageJob.NAME)
          .filter(j -> !JobStatus.valueOf(j.state()).isGloballyTerminalState());
      if (running.isPresent()) {
        FlinkRest.Job j = running.get();
        throw new IllegalStateException(CoverageJob.NAME + " already runs on " + rest + " (job " + j.id() + ", "
            + j.state() + "): stop it with a savepoint first (flink stop --savepointPath DIR " + j.id()
            + ") and pass --from-savepoint PATH");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the Flink REST API at " + rest + ": " + e.getMessage(), e);
    }
    if (!start.rebuild() && start.savepoint().isBlank() && progress.exists()) {
      throw new IllegalStateException("an earlier coverage job counted articles (consumer group "
          + CoverageJobConfig.LIVE_GROUP + " has committed offsets) and its counts are in its savepoint or retained "
          + "checkpoint, not in Kafka: pass --from-savepoint PATH, or --rebuild to count every article again");
    }
  }

  /** The MiniCluster's checkpoint directory: {@code flink.checkpoint-dir} (a path or file: URI), else under home. */
  private static Path embeddedCheckpoints(Path home, String setting) {
    if (setting.isBlank()) {
      return home.resolve("flink").resolve("checkpoints");
    }
    if (setting.startsWith("file:")) {
      return Path.of(URI.create(setting));
    }
    if (setting.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException("flink.checkpoint-dir " + setting + ": the embedded MiniCluster needs a "
          + "local directory; remote file systems are for an external cluster (--flink)");
    }
    return Path.of(setting);
  }

  private static EmbeddedElasticsearch join(CompletableFuture<EmbeddedElasticsearch> node) {
    try {
      return node.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Starts or connects to everything and submits the coverage job.
   *
   * @throws IllegalStateException with the component at fault when any of them cannot start; what already started
   *     is stopped again
   */
  public static Pipeline start(Settings settings, List<Path> planFiles, Path outletsFile, Path jobJar) {
    return start(settings, planFiles, outletsFile, jobJar, JobStart.RESUME);
  }

  /**
   * Like {@link #start(Settings, List, Path, Path)}, with the job started as {@code start} says: a rebuild starts it
   * with empty state reading the articles topic from its first record, so that its counts and its memory of every
   * article follow the current plans (docs/reprocessing.md, "Runbook: changing a plan").
   */
  public static Pipeline start(Settings settings, List<Path> planFiles, Path outletsFile, Path jobJar,
      JobStart start) {
    JobInputs inputs = JobInputs.load(planFiles, outletsFile,
        new vn.presswatch.elastic.IndexNames(settings.string("elasticsearch.index-prefix")));
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      return new Pipeline(settings, inputs, jobJar, start, started);
    } catch (RuntimeException e) {
      stopAll(started);
      throw e;
    }
  }

  public StackFile stack() {
    return stack;
  }

  public ElasticsearchConnection elasticsearch() {
    return elasticsearch;
  }

  /**
   * Fails when the coverage job has stopped for good, so that callers waiting on its progress do not wait forever.
   *
   * @throws IllegalStateException naming the job's final state
   */
  public void ensureJobAlive() {
    JobStatus status;
    try {
      status = job.job().getJobStatus().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the coverage job's status: " + e, e);
    }
    if (status.isGloballyTerminalState()) {
      throw new IllegalStateException("the coverage job has stopped (" + status + "); its cause is in the log above");
    }
  }

  /** Cancels the job (its last checkpoint is kept), stops what was started here and removes the stack file. */
  @Override
  public void close() {
    StackFile.delete(home);
    try {
      job.job().cancel().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("coverage job did not cancel cleanly: {}", e.toString());
    }
    stopAll(started);
  }

  private static void stopAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      AutoCloseable c = started.pop();
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("{} did not stop cleanly: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
