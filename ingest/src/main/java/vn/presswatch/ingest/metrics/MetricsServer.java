package vn.presswatch.ingest.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link CrawlMetrics} at {@code GET /metrics} for Prometheus to scrape (JDK HTTP server, one thread). It
 * listens on every interface, since the scraper runs in another container or pod; {@code monitor crawl
 * --metrics-port N} starts it.
 */
public final class MetricsServer implements AutoCloseable {
  /** Content type of the Prometheus text exposition format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

  private final HttpServer server;

  private MetricsServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts serving on {@code port} (0 = any free port).
   *
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static MetricsServer start(int port, CrawlMetrics metrics) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("metrics port must be 0-65535, got " + port);
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext("/metrics", ex -> serve(ex, metrics));
      server.start();
      LOG.info("crawler metrics at http://0.0.0.0:{}/metrics", server.getAddress().getPort());
      return new MetricsServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve crawler metrics on port " + port + ": " + e.getMessage(), e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void serve(HttpExchange ex, CrawlMetrics metrics) throws IOException {
    try (ex) {
      if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
        ex.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body;
      try {
        body = metrics.render().getBytes(StandardCharsets.UTF_8);
      } catch (RuntimeException e) {
        // A scrape must never take the crawler down; Prometheus records the failed scrape.
        LOG.warn("cannot render crawler metrics: {}", e.toString());
        ex.sendResponseHeaders(500, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      boolean head = "HEAD".equals(ex.getRequestMethod());
      ex.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
