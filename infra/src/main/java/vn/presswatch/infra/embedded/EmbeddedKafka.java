package vn.presswatch.infra.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker running inside this JVM in KRaft mode (one node that is both broker and
 * controller), listening on loopback, for local runs and integration tests.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(Path.of("var/kafka"), 0)) {
 *   kafka.createTopics(Topics.ALL, 1);
 *   new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()), ...);
 * }
 * }</pre>
 *
 * <p>The first start formats {@code dataDir} with a new cluster id (kept in {@code
 * data/meta.properties}); later starts with the same directory keep topics, records and committed
 * offsets. Only one broker may use a directory at a time.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  private static final int NODE_ID = 1;
  private static final String BROKER_LISTENER = "PLAINTEXT";
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final String WARM_UP_GROUP = "presswatch-embedded-warm-up";
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private static final String LOCK_FILE = "embedded-kafka.lock";

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final FileLock directoryLock;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, FileLock directoryLock) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.directoryLock = directoryLock;
  }

  /**
   * Starts a broker, formatting {@code dataDir} first if it is new, and waits until consumer groups
   * can commit offsets.
   *
   * @param dataDir directory for the broker's configuration and logs; created if missing
   * @param port client port on 127.0.0.1, or 0 for a free one
   * @throws IllegalArgumentException if the port is out of range or in use
   * @throws IllegalStateException if another broker uses {@code dataDir}, or formatting or start-up
   *     fails; whatever had started is stopped
   */
  public static EmbeddedKafka start(Path dataDir, int port) {
    Objects.requireNonNull(dataDir, "dataDir");
    int brokerPort = LoopbackPorts.resolve(port, "Kafka broker");
    int controllerPort = LoopbackPorts.resolve(0, "Kafka controller");
    Path directory = dataDir.toAbsolutePath().normalize();
    Path logDir = directory.resolve("data");
    Properties properties = serverProperties(logDir, brokerPort, controllerPort);
    String bootstrapServers = LoopbackPorts.HOST + ":" + brokerPort;

    long startedAt = System.nanoTime();
    FileLock directoryLock = lockDirectory(directory);
    KafkaRaftServer server = null;
    try {
      Path propertiesFile = writeProperties(directory, properties);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(propertiesFile);
      }
      server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
      server.startup();
      EmbeddedKafka kafka = new EmbeddedKafka(server, bootstrapServers, directoryLock);
      kafka.createOffsetsTopic();
      LOG.info(
          "Kafka started in {} ms at {} (cluster {}, data {})",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt),
          bootstrapServers,
          clusterId(logDir),
          directory);
      return kafka;
    } catch (Exception | LinkageError e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      stopQuietly(server);
      release(directoryLock);
      throw new IllegalStateException(
          "Embedded Kafka failed to start in "
              + directory
              + " on port "
              + brokerPort
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Locks {@code directory} for this broker. Kafka's own lock on its log directory is taken only
   * after a second broker has already touched the metadata log, which leaves the first broker
   * spinning on it; this lock refuses the second broker before it reads anything.
   */
  private static FileLock lockDirectory(Path directory) {
    FileChannel channel = null;
    try {
      Files.createDirectories(directory);
      channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      // Held by another EmbeddedKafka in this JVM: reported below like one in another process.
    } catch (IOException e) {
      throw new IllegalStateException("cannot lock Kafka data directory " + directory + ": " + e, e);
    }
    closeQuietly(channel);
    throw new IllegalStateException(
        "Kafka data directory "
            + directory
            + " is in use by another broker: stop it, or start this one on another directory");
  }

  private static void release(FileLock lock) {
    closeQuietly(lock.channel());
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("Closing the Kafka directory lock failed", e);
    }
  }

  /** Broker settings for a single combined node; replication factors are 1 everywhere. */
  private static Properties serverProperties(Path logDir, int brokerPort, int controllerPort) {
    String host = LoopbackPorts.HOST;
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("inter.broker.listener.name", BROKER_LISTENER);
    p.put(
        "listeners",
        BROKER_LISTENER + "://" + host + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
    p.put("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort);
    p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("offsets.topic.replication.factor", "1");
    // One partition: the first consumer group does not wait for 50 partitions to be created.
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // Must exceed 1 MiB per cleaner thread: the 1 MiB minimum is rejected at start.
    p.put("log.cleaner.dedupe.buffer.size", "2097152");
    return p;
  }

  private static Path writeProperties(Path directory, Properties properties) throws IOException {
    Path file = directory.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "Written by EmbeddedKafka at each start; edits are overwritten");
    }
    return file;
  }

  private static void format(Path propertiesFile) {
    String clusterId = Uuid.randomUuid().toString();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      exitCode =
          StorageTool.execute(
              new String[] {"format", "--config", propertiesFile.toString(), "--cluster-id", clusterId},
              print);
    }
    String printed = output.toString(StandardCharsets.UTF_8).strip();
    if (exitCode != 0) {
      throw new IllegalStateException("formatting the storage failed (exit " + exitCode + "): " + printed);
    }
    LOG.info("Formatted new Kafka storage {} with cluster id {}", propertiesFile.getParent(), clusterId);
    LOG.debug("Storage tool output: {}", printed);
  }

  private static String clusterId(Path logDir) throws IOException {
    Properties meta = new Properties();
    try (Reader in = Files.newBufferedReader(logDir.resolve("meta.properties"))) {
      meta.load(in);
    }
    return meta.getProperty("cluster.id");
  }

  /**
   * Looks up a consumer group's offsets once: that makes the broker create {@code
   * __consumer_offsets} now rather than at the first commit, which would otherwise log
   * "coordinator not available" warnings.
   */
  private void createOffsetsTopic() throws ExecutionException, InterruptedException, TimeoutException {
    try (Admin admin = admin()) {
      admin
          .listConsumerGroupOffsets(WARM_UP_GROUP)
          .partitionsToOffsetAndMetadata()
          .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Client bootstrap address, for example {@code 127.0.0.1:9092}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates the topics that do not exist yet, each with {@code partitions} partitions and
   * replication factor 1; topics that exist already are left as they are.
   *
   * @throws IllegalArgumentException if a name is blank or {@code partitions} is below 1
   * @throws IllegalStateException if the broker refuses a topic or does not answer in time
   */
  public void createTopics(Collection<String> names, int partitions) {
    Objects.requireNonNull(names, "names");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    if (names.stream().anyMatch(name -> name == null || name.isBlank())) {
      throw new IllegalArgumentException("topic names must not be blank: " + names);
    }
    List<NewTopic> topics =
        names.stream().distinct().map(name -> new NewTopic(name, partitions, (short) 1)).toList();
    try (Admin admin = admin()) {
      for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
        awaitCreated(created.getKey(), created.getValue());
      }
    }
  }

  private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
    try {
      creation.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("Created topic {}", topic);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("creating topic " + topic + " failed: " + e.getCause(), e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("creating topic " + topic + " timed out after " + ADMIN_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + topic, e);
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()));
  }

  /** Stops the broker and controller and waits for them, flushing logs to disk. */
  @Override
  public void close() {
    long stoppingAt = System.nanoTime();
    server.shutdown();
    server.awaitShutdown();
    release(directoryLock);
    LOG.info("Kafka stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt));
  }

  private static void stopQuietly(KafkaRaftServer server) {
    if (server == null) {
      return;
    }
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      LOG.warn("Stopping a half-started Kafka broker failed", e);
    }
  }
}
