package vn.presswatch.ingest.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletCatalog;

/**
 * Serves a directory of captured feeds and pages over HTTP on loopback (an ephemeral port), so that a replay goes
 * through the real crawler: robots.txt, politeness, conditional GET, parsing, extraction, dedup, WARC, sink.
 *
 * <p>Layout and URL mapping (see {@code docs/crawling.md}, "Replay"):
 *
 * <ul>
 *   <li>{@code DIR/outlets.yaml} is an ordinary outlets file; feed, sitemap and homepage URLs may be relative (to
 *       {@link #baseUrl()}) or contain {@code ${REPLAY_BASE}}.
 *   <li>Files are served at their path under DIR. A directory named like a host ({@code DIR/nhandan.vn/...}) holds
 *       that host's captured files: in served feeds, sitemaps and other non-HTML text files, absolute links {@code
 *       http(s)://nhandan.vn/...} are rewritten to {@code BASE/nhandan.vn/...}, so captured feeds that link to the
 *       original outlet replay unchanged. HTML pages are served as captured, so their canonical link, and hence the
 *       article id, stays the outlet's own. {@code ${REPLAY_BASE}} in any text file becomes the base URL.
 *   <li>A query string is ignored when finding the file; a path ending in {@code /} serves {@code index.html};
 *       anything else missing is a 404.
 * </ul>
 *
 * <p>The crawler must run with {@link #settingsOverrides()} applied to reach it.
 */
public final class ReplayServer implements AutoCloseable {
  /** Placeholder for the server's base URL in served text files and in outlets.yaml. */
  public static final String BASE_PLACEHOLDER = "${REPLAY_BASE}";

  private static final Logger LOG = LoggerFactory.getLogger(ReplayServer.class);
  private static final String HTML = "text/html; charset=utf-8";
  private static final Map<String, String> TYPES = Map.of(
      "rss", "application/rss+xml; charset=utf-8",
      "xml", "application/xml; charset=utf-8",
      "atom", "application/atom+xml; charset=utf-8",
      "html", HTML,
      "htm", HTML,
      "aspx", HTML,
      "txt", "text/plain; charset=utf-8",
      "json", "application/json",
      "yaml", "text/plain; charset=utf-8");

  private final Path dir;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String baseUrl;
  private final Pattern hostLinks;

  private ReplayServer(Path dir) throws IOException {
    this.dir = dir.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.baseUrl = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
        + server.getAddress().getPort();
    this.hostLinks = hostPattern(this.dir);
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts serving {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static ReplayServer start(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("replay directory " + dir + " does not exist");
    }
    try {
      ReplayServer replay = new ReplayServer(dir);
      replay.server.start();
      LOG.info("replaying {} at {}", replay.dir, replay.baseUrl);
      return replay;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the replay server", e);
    }
  }

  /**
   * The settings a crawl of a replay needs, to apply over the user's: loopback allowed, and no politeness pause
   * since one local host stands for every outlet.
   */
  public static Map<String, String> settingsOverrides() {
    return Map.of("fetch.allow-private-addresses", "true", "fetch.crawl-delay", "PT0S");
  }

  /** The server's base URL, for example {@code http://127.0.0.1:43121}, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The outlets of {@code DIR/outlets.yaml} with every feed, sitemap and homepage URL pointing at this server.
   *
   * @throws IllegalArgumentException when the file is missing or invalid
   */
  public List<Outlet> outlets() {
    Path file = dir.resolve("outlets.yaml");
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("replay directory " + dir + " has no readable outlets.yaml", e);
    }
    List<Outlet> outlets = new ArrayList<>();
    for (Outlet o : OutletCatalog.parse(rewrite(yaml)).outlets()) {
      List<Feed> feeds = o.feeds().stream().map(f -> new Feed(resolve(f.url()), f.section(), f.disabled())).toList();
      outlets.add(new Outlet(o.id(), o.name(), o.homepage() == null ? null : resolve(o.homepage()), o.language(),
          o.kind(), feeds, o.sitemaps().stream().map(this::resolve).toList(), o.selectors(), o.crawlInterval()));
    }
    return outlets;
  }

  /** A URL of the replay as served: relative ones against the base, captured hosts' ones mapped. */
  String resolve(String url) {
    return URI.create(baseUrl + "/").resolve(rewrite(url.trim())).toString();
  }

  private String rewrite(String text) {
    String withBase = text.replace(BASE_PLACEHOLDER, baseUrl);
    if (hostLinks == null) {
      return withBase;
    }
    Matcher m = hostLinks.matcher(withBase);
    return m.replaceAll(r -> Matcher.quoteReplacement(baseUrl + "/" + r.group(1).toLowerCase(Locale.ROOT)));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Path file = dir.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
      if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
      byte[] body = Files.readAllBytes(file);
      if (TYPES.containsKey(ext)) {
        String text = new String(body, StandardCharsets.UTF_8);
        // Pages keep their original links, so their canonical URL (and the article id) is the outlet's own.
        text = HTML.equals(TYPES.get(ext)) ? text.replace(BASE_PLACEHOLDER, baseUrl) : rewrite(text);
        body = text.getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.getResponseHeaders().set("Last-Modified",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC)));
      exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** {@code https?://(host)} for every host directory of the replay, or null when there is none. */
  private static Pattern hostPattern(Path dir) throws IOException {
    List<String> hosts;
    try (Stream<Path> children = Files.list(dir)) {
      hosts = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> n.contains(".")).map(Pattern::quote).toList();
    }
    return hosts.isEmpty() ? null
        : Pattern.compile("https?://(" + String.join("|", hosts) + ")(?=[/\"'<\\s?#]|$)", Pattern.CASE_INSENSITIVE);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
