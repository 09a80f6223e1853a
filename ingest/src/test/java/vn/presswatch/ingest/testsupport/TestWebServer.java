package vn.presswatch.ingest.testsupport;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server whose paths are scripted per test; it records every request it receives. */
public final class TestWebServer implements AutoCloseable {
  /** What one path answers. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();

  public TestWebServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      requests.add(query == null ? path : path + "?" + query);
      requestHeaders.add(exchange.getRequestHeaders());
      Route route = routes.get(path);
      try (exchange) {
        if (route == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          route.handle(exchange);
        }
      } catch (IOException e) {
        // The client went away (timeouts, size caps): nothing to answer.
      }
    });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public TestWebServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** Serves {@code body} with status 200 and {@code contentType}. */
  public TestWebServer serve(String path, String contentType, byte[] body) {
    return serve(path, 200, contentType, body);
  }

  /** Answers {@code status} with {@code body} (empty for none) and {@code contentType} (null for none). */
  public TestWebServer serve(String path, int status, String contentType, byte[] body) {
    return route(path, ex -> send(ex, status, contentType, body));
  }

  public TestWebServer serve(String path, String contentType, String body) {
    return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public TestWebServer serveFile(String path, String contentType, Path file) {
    try {
      return serve(path, contentType, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Paths (with query) requested so far, in order. */
  public List<String> requests() {
    return requests;
  }

  public List<Headers> requestHeaders() {
    return requestHeaders;
  }

  public long count(String path) {
    return requests.stream().filter(path::equals).count();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
