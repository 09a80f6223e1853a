package vn.presswatch.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.infra.embedded.internal.ElasticsearchLogging;
import vn.presswatch.infra.embedded.internal.FoldingAnalysisPlugin;
import vn.presswatch.infra.embedded.internal.RootEndpointPlugin;

/**
 * A real Elasticsearch node running inside this JVM, with plain HTTP on loopback, for local runs
 * and integration tests. It is a single-node cluster without x-pack (no security), scripting or
 * ingest modules; {@code docs/embedded-elasticsearch.md} lists what it lacks.
 *
 * <pre>{@code
 * try (EmbeddedElasticsearch es = EmbeddedElasticsearch.start(Path.of("var/es"), 0)) {
 *   RestClient.builder(HttpHost.create(es.httpUrl())) ...
 * }
 * }</pre>
 *
 * <p>Data lives under {@code home} ({@code data/}, {@code logs/}, {@code config/}) and survives a
 * restart with the same home. Only one node may use a home at a time.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

  /** Cluster name of every embedded node. */
  public static final String CLUSTER_NAME = "presswatch-embedded";

  /** Plugins every start must load: an index using {@code asciifolding} goes red without it. */
  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4Plugin.class, RootEndpointPlugin.class, FoldingAnalysisPlugin.class);

  private static final TimeValue READY_TIMEOUT = TimeValue.timeValueSeconds(60);
  private static final long CLOSE_TIMEOUT_SECONDS = 30;

  private final Node node;
  private final int httpPort;

  private EmbeddedElasticsearch(Node node, int httpPort) {
    this.node = node;
    this.httpPort = httpPort;
  }

  /**
   * Starts a node and waits until its cluster is at least yellow (existing indices recovered).
   *
   * @param home directory for data, logs and config; created if missing
   * @param httpPort HTTP port on 127.0.0.1, or 0 for a free one
   * @throws IllegalArgumentException if the port is out of range or in use
   * @throws IllegalStateException if the node fails to start; whatever had started is closed
   */
  public static EmbeddedElasticsearch start(Path home, int httpPort) {
    Objects.requireNonNull(home, "home");
    int port = LoopbackPorts.resolve(httpPort, "Elasticsearch HTTP");
    Path absoluteHome = home.toAbsolutePath().normalize();
    createDirectories(absoluteHome);
    ElasticsearchLogging.configureOnce();

    long startedAt = System.nanoTime();
    Node node = null;
    try {
      node = new ClasspathPluginsNode(environment(absoluteHome, port), PLUGINS);
      node.start();
      awaitYellow(node);
      int boundPort =
          node.injector()
              .getInstance(HttpServerTransport.class)
              .boundAddress()
              .publishAddress()
              .getPort();
      LOG.info(
          "Elasticsearch started in {} ms at http://{}:{} (home {})",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt),
          LoopbackPorts.HOST,
          boundPort,
          absoluteHome);
      return new EmbeddedElasticsearch(node, boundPort);
    } catch (Exception | LinkageError e) {
      closeQuietly(node);
      throw new IllegalStateException(
          "Embedded Elasticsearch failed to start with home "
              + absoluteHome
              + " and HTTP port "
              + port
              + ": "
              + e.getMessage()
              + " (is another node using this home?)",
          e);
    }
  }

  private static Environment environment(Path home, int port) {
    Settings settings =
        Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", "presswatch-embedded-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("network.host", LoopbackPorts.HOST)
            .put("http.port", port)
            .put("transport.port", 0)
            // A laptop disk that is 90% full must not turn indices read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    return InternalSettingsPreparer.prepareEnvironment(
        settings, Map.of(), home.resolve("config"), () -> "presswatch-embedded-node");
  }

  private static void awaitYellow(Node node) {
    ClusterHealthResponse health =
        node.client()
            .admin()
            .cluster()
            .health(new ClusterHealthRequest(READY_TIMEOUT).waitForYellowStatus().timeout(READY_TIMEOUT))
            .actionGet(READY_TIMEOUT);
    if (health.isTimedOut()) {
      throw new IllegalStateException(
          "cluster still " + health.getStatus() + " after " + READY_TIMEOUT);
    }
  }

  private static void createDirectories(Path home) {
    try {
      Files.createDirectories(home.resolve("config"));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create Elasticsearch home " + home + ": " + e, e);
    }
  }

  /** Base URL of the HTTP API, for example {@code http://127.0.0.1:9200}. */
  public String httpUrl() {
    return "http://" + LoopbackPorts.HOST + ":" + httpPort;
  }

  /** The HTTP port the node listens on. */
  public int httpPort() {
    return httpPort;
  }

  /** Stops the node and waits for its threads, flushing data to disk. */
  @Override
  public void close() {
    long stoppingAt = System.nanoTime();
    try {
      node.close();
      if (!node.awaitClose(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Elasticsearch did not stop within {} s", CLOSE_TIMEOUT_SECONDS);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Embedded Elasticsearch failed to stop: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info(
        "Elasticsearch stopped in {} ms",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt));
  }

  private static void closeQuietly(Node node) {
    if (node == null) {
      return;
    }
    try {
      node.close();
      node.awaitClose(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Closing a half-started Elasticsearch node failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
