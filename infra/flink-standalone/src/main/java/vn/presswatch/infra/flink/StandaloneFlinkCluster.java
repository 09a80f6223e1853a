package vn.presswatch.infra.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.flink.runtime.rest.messages.taskmanager.TaskManagersInfo;
import org.apache.flink.runtime.rest.util.RestMapperUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone Flink session cluster of separate JVM processes on loopback: one JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and N TaskManagers ({@code TaskManagerRunner}), started the way Flink's
 * own {@code bin/} scripts start them, but from Maven jars instead of a Flink distribution. Their classpath is this
 * module's runtime classpath, written at build time by the maven-dependency-plugin, so it holds exactly Flink, its
 * dependencies and log4j: a class missing from a job jar fails here as it would on a real cluster.
 *
 * <pre>{@code
 * try (StandaloneFlinkCluster cluster = StandaloneFlinkCluster.start(dir, 2, Map.of())) {
 *   String jobId = cluster.submit(jobJar, List.of("--kafka.bootstrap-servers", kafka, ...));
 *   ...
 * }
 * }</pre>
 *
 * Each process logs to {@code <dir>/log/<name>.log} (its stdout and stderr go to {@code <name>.out}); every error
 * names them. The processes are stopped by {@link #close()} or, failing that, when this JVM exits normally.
 */
public final class StandaloneFlinkCluster implements AutoCloseable {
  /** The build-time classpath of the cluster's processes, a resource beside this class. */
  static final String CLASSPATH_RESOURCE = "flink-classpath.txt";
  /** What Flink's distribution sets in {@code env.java.opts.all} for Java 17 (its {@code config.yaml}). */
  static final List<String> JAVA_17_OPTIONS = List.of(
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
      "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.text=ALL-UNNAMED",
      "--add-opens=java.base/java.time=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");
  static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneFlinkCluster.class);
  private static final Pattern JOB_ID = Pattern.compile("JobID ([0-9a-f]{32})");

  private final Path dir;
  private final String classpath;
  private final int restPort;
  private final List<Daemon> daemons = new ArrayList<>();
  private final Thread onExit = new Thread(this::stopDaemons, "stop-flink-standalone");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A started cluster process and the files it writes to. */
  private record Daemon(String name, Process process, Path log, Path out) {
    String describe() {
      return name + " (log " + log + ", stdout/stderr " + out + ")";
    }
  }

  private StandaloneFlinkCluster(Path dir, String classpath, int restPort) {
    this.dir = dir;
    this.classpath = classpath;
    this.restPort = restPort;
  }

  /**
   * Writes a configuration under {@code dir/conf}, starts a JobManager and {@code taskManagers} TaskManagers of one
   * slot each, and waits until all of them have registered with the JobManager.
   *
   * @param dir working directory: configuration, logs, checkpoints and each process's temporary files
   * @param settings Flink settings added to (or replacing) the defaults written to {@code config.yaml}
   * @throws IllegalStateException when a process dies or the TaskManagers do not register within 5 minutes, naming
   *     the logs to read; whatever started is stopped again
   */
  public static StandaloneFlinkCluster start(Path dir, int taskManagers, Map<String, String> settings) {
    if (taskManagers < 1) {
      throw new IllegalArgumentException("a cluster needs at least one TaskManager, got " + taskManagers);
    }
    Path abs = dir.toAbsolutePath();
    StandaloneFlinkCluster cluster = new StandaloneFlinkCluster(abs, readClasspath(), freePort());
    try {
      cluster.writeConfig(settings);
      Runtime.getRuntime().addShutdownHook(cluster.onExit);
      // Both computations run at once: each is a JVM start, which is slow on a busy machine.
      ResourceQuery jmQuery = cluster.queryResources("jobmanager", "GET_JM_RESOURCE_PARAMS");
      ResourceQuery tmQuery = cluster.queryResources("taskmanager", "GET_TM_RESOURCE_PARAMS");
      List<String> jmResources;
      List<String> tmResources;
      try {
        jmResources = jmQuery.await();
        tmResources = tmQuery.await();
      } finally {
        jmQuery.process().destroy();
        tmQuery.process().destroy();
      }
      cluster.startDaemon("jobmanager", "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
          jmResources);
      for (int i = 1; i <= taskManagers; i++) {
        cluster.startDaemon("taskmanager-" + i, "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
            tmResources);
      }
      cluster.awaitTaskManagers(taskManagers, START_TIMEOUT);
      LOG.info("Flink standalone cluster up: JobManager and {} TaskManagers at {} (logs in {})", taskManagers,
          cluster.restUrl(), cluster.logDir());
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The JobManager's REST endpoint as {@code host:port}, what {@code monitor run --flink} takes. */
  public String restAddress() {
    return HOST + ":" + restPort;
  }

  /** The JobManager's REST endpoint and web UI. */
  public String restUrl() {
    return "http://" + restAddress();
  }

  /** The directory of {@code config.yaml}: what {@code FLINK_CONF_DIR} must point to for the {@code flink} client. */
  public Path confDir() {
    return dir.resolve("conf");
  }

  public Path logDir() {
    return dir.resolve("log");
  }

  /**
   * Submits a job jar in detached mode, as {@code flink run -d <jar> <args>} does: its main class runs in a client
   * JVM on the cluster's classpath, builds the job graph and sends it to the JobManager.
   *
   * @return the id of the submitted job
   * @throws IllegalStateException when the client fails or prints no job id, with its output file
   */
  public String submit(Path jobJar, List<String> programArgs, Duration timeout) {
    if (!Files.isRegularFile(jobJar)) {
      throw new IllegalArgumentException("job jar " + jobJar + " not found: build it with ./mvnw -pl processing -am package");
    }
    List<String> args = new ArrayList<>(List.of("run", "-d", jobJar.toAbsolutePath().toString()));
    args.addAll(programArgs);
    Path out = logDir().resolve("flink-run.out");
    Process client = launch("flink-run", "org.apache.flink.client.cli.CliFrontend", List.of("-Xmx256m"), args, out);
    try {
      if (!client.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        client.destroyForcibly();
        throw new IllegalStateException("flink run did not finish within " + timeout + "; see " + out);
      }
      String output = Files.readString(out);
      Matcher id = JOB_ID.matcher(output);
      if (client.exitValue() != 0 || !id.find()) {
        throw new IllegalStateException("flink run failed (exit " + client.exitValue() + "); see " + out + " and "
            + logDir().resolve("flink-run.log") + ":\n" + tail(output, 30));
      }
      LOG.info("submitted {} as job {}", jobJar.getFileName(), id.group(1));
      return id.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out, e);
    } catch (InterruptedException e) {
      client.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while submitting " + jobJar, e);
    }
  }

  /**
   * GETs a path of the JobManager's REST API ({@code /taskmanagers}, {@code /jobs/<id>}, ...).
   *
   * @return the JSON body
   * @throws IllegalStateException on a status other than 200, or when the JobManager cannot be reached
   */
  public String rest(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(restUrl() + path)).timeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the JobManager at " + restUrl() + " (" + e + "); see "
          + logDir().resolve("jobmanager.log"), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during GET " + path, e);
    }
  }

  /** Stops the TaskManagers, then the JobManager: SIGTERM first, SIGKILL after 15 s. */
  @Override
  public void close() {
    stopDaemons();
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running or has run.
    }
  }

  private synchronized void stopDaemons() {
    if (!daemons.isEmpty()) {
      LOG.info("stopping the Flink standalone cluster at {}", restUrl());
    }
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).process().destroy();
    }
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i).process();
      try {
        if (!p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          p.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    daemons.clear();
  }

  private void writeConfig(Map<String, String> overrides) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("jobmanager.rpc.address", HOST);
    conf.put("jobmanager.rpc.port", Integer.toString(freePort()));
    conf.put("jobmanager.bind-host", HOST);
    conf.put("jobmanager.memory.process.size", "768m");
    conf.put("jobmanager.execution.failover-strategy", "region");
    conf.put("taskmanager.bind-host", HOST);
    conf.put("taskmanager.host", HOST);
    // One slot each: a job of parallelism N needs N TaskManagers, so its work is spread over separate JVMs.
    conf.put("taskmanager.numberOfTaskSlots", "1");
    conf.put("taskmanager.memory.process.size", "1024m");
    conf.put("taskmanager.memory.managed.size", "32m");
    conf.put("rest.address", HOST);
    conf.put("rest.bind-address", HOST);
    conf.put("rest.port", Integer.toString(restPort));
    // Three JVMs starting at once on a loaded machine answer slowly at first.
    conf.put("pekko.ask.timeout", "60 s");
    conf.put("state.backend.type", "hashmap");
    conf.put("execution.checkpointing.dir", dir.resolve("checkpoints").toUri().toString());
    conf.put("io.tmp.dirs", dir.resolve("tmp").toString());
    conf.putAll(overrides);
    String yaml = conf.entrySet().stream()
        .map(e -> e.getKey() + ": " + quoted(e.getValue()))
        .collect(Collectors.joining("\n", "# Written by StandaloneFlinkCluster\n", "\n"));
    String log4j = String.join("\n",
        "rootLogger.level = INFO",
        "rootLogger.appenderRef.file.ref = File",
        "appender.file.name = File",
        "appender.file.type = File",
        "appender.file.fileName = ${sys:log.file}",
        "appender.file.layout.type = PatternLayout",
        "appender.file.layout.pattern = %d{HH:mm:ss,SSS} %-5p %-60c %x - %m%n",
        "");
    try {
      Files.createDirectories(confDir());
      Files.createDirectories(logDir());
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(confDir().resolve("config.yaml"), yaml);
      Files.writeString(confDir().resolve("log4j.properties"), log4j);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Flink configuration under " + confDir(), e);
    }
  }

  private static String quoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * Starts one cluster process with the JVM options and dynamic settings Flink's {@code BashJavaUtils} derives from
   * the memory configuration, exactly as {@code bin/jobmanager.sh} and {@code bin/taskmanager.sh} do.
   */
  private void startDaemon(String name, String mainClass, List<String> resources) {
    List<String> jvmOptions = new ArrayList<>(List.of(resources.get(0).trim().split("\\s+")));
    // Pekko gives its remoting 10 s to start, and Flink's pekko.startup-timeout does not reach that setting: on a
    // loaded 2-core machine, three JVMs starting at once overrun it. Pekko reads system properties over its defaults.
    jvmOptions.add("-Dpekko.remote.classic.startup-timeout=60s");
    List<String> args = new ArrayList<>(List.of("--configDir", confDir().toString()));
    args.addAll(List.of(resources.get(1).trim().split("\\s+")));
    Path out = logDir().resolve(name + ".out");
    Process process = launch(name, mainClass, jvmOptions, args, out);
    daemons.add(new Daemon(name, process, logDir().resolve(name + ".log"), out));
  }

  private ResourceQuery queryResources(String kind, String command) {
    Path out = logDir().resolve(kind + "-resources.out");
    Process p = launch(kind + "-resources", "org.apache.flink.runtime.util.bash.BashJavaUtils", List.of("-Xmx128m"),
        List.of(command, "--configDir", confDir().toString()), out);
    return new ResourceQuery(command, p, out, confDir().resolve("config.yaml"));
  }

  /** A running {@code BashJavaUtils} computation of one kind of process's memory settings. */
  private record ResourceQuery(String command, Process process, Path out, Path config) {
    /** The two result lines: JVM options, then {@code -D key=value} settings. */
    List<String> await() {
      try {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IllegalStateException("BashJavaUtils " + command + " did not finish; see " + out);
        }
        String prefix = "BASH_JAVA_UTILS_EXEC_RESULT:";
        List<String> results = Files.readAllLines(out).stream()
            .filter(l -> l.startsWith(prefix))
            .map(l -> l.substring(prefix.length()))
            .toList();
        if (process.exitValue() != 0 || results.size() != 2) {
          throw new IllegalStateException("BashJavaUtils " + command + " failed (exit " + process.exitValue()
              + "): the memory settings in " + config + " are probably invalid; see " + out);
        }
        return results;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + out, e);
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during BashJavaUtils " + command, e);
      }
    }
  }

  private Process launch(String name, String mainClass, List<String> jvmOptions, List<String> args, Path out) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(JAVA_17_OPTIONS);
    command.add("-Dlog.file=" + logDir().resolve(name + ".log"));
    command.add("-Dlog4j.configurationFile=" + confDir().resolve("log4j.properties").toUri());
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(out.toFile());
    builder.environment().put("FLINK_CONF_DIR", confDir().toString());
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + " (" + command.get(0) + ")", e);
    }
  }

  private void awaitTaskManagers(int expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int registered = 0;
    while (System.nanoTime() < deadline) {
      for (Daemon d : daemons) {
        if (!d.process().isAlive()) {
          throw new IllegalStateException(d.name() + " exited with code " + d.process().exitValue()
              + " while the cluster was starting; see " + d.describe());
        }
      }
      try {
        registered = RestMapperUtils.getFlexibleObjectMapper()
            .readValue(rest("/taskmanagers"), TaskManagersInfo.class).getTaskManagerInfos().size();
        if (registered >= expected) {
          return;
        }
      } catch (IllegalStateException | IOException e) {
        // The JobManager's REST endpoint is not up yet.
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the TaskManagers", e);
      }
    }
    throw new IllegalStateException(registered + " of " + expected + " TaskManagers registered within " + timeout
        + "; see the logs: " + daemons.stream().map(Daemon::describe).collect(Collectors.joining(", ")));
  }

  /** The cluster processes' classpath, as the build wrote it. */
  static String readClasspath() {
    try (InputStream in = StandaloneFlinkCluster.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing beside " + StandaloneFlinkCluster.class
            + ": build it with ./mvnw -pl infra/flink-standalone -am package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /**
   * Starts a cluster for a person at a terminal and keeps it running until Ctrl-C ({@code infra/flink-standalone/
   * start.sh}).
   *
   * <p>Arguments: {@code <work dir> [task managers, default 2]}.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: StandaloneFlinkCluster <work dir> [task managers, default 2]");
      System.exit(2);
    }
    int taskManagers = args.length == 2 ? Integer.parseInt(args[1]) : 2;
    long started = System.nanoTime();
    StandaloneFlinkCluster cluster = start(Path.of(args[0]), taskManagers, Map.of());
    System.out.printf("Flink standalone cluster up in %.1f s: JobManager and %d TaskManagers%n",
        (System.nanoTime() - started) / 1e9, taskManagers);
    System.out.println("  web UI / REST:  " + cluster.restUrl());
    System.out.println("  submit:         ./monitor run --flink " + cluster.restAddress() + " ...");
    System.out.println("  flink client:   FLINK_CONF_DIR=" + cluster.confDir());
    System.out.println("  logs:           " + cluster.logDir());
    System.out.println("Ctrl-C stops it.");
    Thread.currentThread().join();
  }
}
