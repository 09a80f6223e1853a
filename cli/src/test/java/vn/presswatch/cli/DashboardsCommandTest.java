package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code monitor dashboards import} against a local server that checks each request the way Kibana's saved objects
 * import API does (path with optional space, {@code kbn-xsrf}, credentials, multipart part {@code file} named
 * {@code *.ndjson}, one JSON object per line, references resolvable, existing ids conflicting unless
 * {@code overwrite=true}) and answers in Kibana's shapes.
 */
class DashboardsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("(?:/s/([a-z0-9_-]+))?/api/saved_objects/_import");
  /** An obviously fake key: base64 of "test-only-id:not-a-real-key". */
  private static final String API_KEY = "dGVzdC1vbmx5LWlkOm5vdC1hLXJlYWwta2V5";

  private HttpServer kibana;
  /** Objects stored per space, as {@code type/id}. */
  private final Map<String, Set<String>> stored = new ConcurrentHashMap<>();
  private final List<String> requests = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startKibana() throws IOException {
    kibana = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    kibana.createContext("/", this::handle);
    kibana.start();
  }

  @AfterEach
  void stopKibana() {
    kibana.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + kibana.getAddress().getPort();
  }

  private int run(String... args) {
    CommandLine cl = MonitorCommandLine.create();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    all[0] = "dashboards";
    all[1] = "import";
    System.arraycopy(args, 0, all, 2, args.length);
    return cl.execute(all);
  }

  @Test
  void importsEveryShippedObjectIntoTheSpaceWithTheApiKey() throws IOException {
    assertThat(run("--kibana", url(), "--api-key", API_KEY, "--space", "giam-sat")).as(err.toString()).isZero();

    List<String> shipped = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream(DashboardsCommand.SHIPPED)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        JsonNode o = JSON.readTree(line);
        shipped.add(o.path("type").asText() + "/" + o.path("id").asText());
      }
    }
    assertThat(shipped).contains("dashboard/pw-outlet-theme", "dashboard/pw-source-health",
        "dashboard/pw-outlet-ranking", "dashboard/pw-theme-205-kh-btctw-1-1", "search/pw-article-list");
    assertThat(stored.get("giam-sat")).containsExactlyInAnyOrderElementsOf(shipped);
    assertThat(requests).containsExactly("POST /s/giam-sat/api/saved_objects/_import");
    assertThat(out.toString()).contains("Imported " + shipped.size() + " of " + shipped.size() + " saved objects")
        .contains("space=giam-sat").doesNotContain(API_KEY);
  }

  @Test
  void existingObjectsConflictUntilOverwriteReplacesThem() {
    assertThat(run("--kibana", url(), "--api-key", API_KEY)).isZero();

    assertThat(run("--kibana", url(), "--api-key", API_KEY)).isEqualTo(DashboardsCommand.SOME_REJECTED);
    assertThat(out.toString()).contains("Imported 0 of");
    assertThat(err.toString()).contains("dashboard pw-source-health \"Tình trạng nguồn tin\": conflict")
        .contains("re-run with --overwrite");

    assertThat(run("--kibana", url(), "--api-key", API_KEY, "--overwrite")).isZero();
    assertThat(requests).last().isEqualTo("POST /api/saved_objects/_import?overwrite=true");
  }

  @Test
  void anObjectReferencingAMissingDataViewIsReportedWithTheReference(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.ndjson");
    Files.writeString(file, """
        {"type":"index-pattern","id":"presswatch-coverage","attributes":{"title":"presswatch-coverage"},"references":[]}
        {"type":"lens","id":"pw-x","attributes":{"title":"X"},"references":[{"type":"index-pattern","id":"presswatch-nothing","name":"indexpattern-datasource-layer-layer1"}]}
        """);
    assertThat(run("--kibana", url(), "--username", "elastic", "--password", "changeme", "--file", file.toString()))
        .isEqualTo(DashboardsCommand.SOME_REJECTED);
    assertThat(out.toString()).contains("Imported 1 of 2");
    assertThat(err.toString()).contains("lens pw-x \"X\": missing_references [index-pattern presswatch-nothing]");
  }

  @Test
  void refusedCredentialsFailWithA401Message() {
    assertThat(run("--kibana", url(), "--username", "elastic", "--password", "wrong"))
        .isEqualTo(DashboardsCommand.IMPORT_FAILED);
    assertThat(err.toString()).contains("Import failed: Kibana refused the credentials (401 Unauthorized)")
        .contains("unable to authenticate");
    assertThat(run("--kibana", url())).isEqualTo(DashboardsCommand.IMPORT_FAILED);
    assertThat(stored).isEmpty();
  }

  @Test
  void anUnreachableKibanaFailsClearly() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    assertThat(run("--kibana", "http://127.0.0.1:" + closedPort, "--api-key", API_KEY))
        .isEqualTo(DashboardsCommand.IMPORT_FAILED);
    assertThat(err.toString()).contains("Import failed: cannot reach Kibana at http://127.0.0.1:" + closedPort);
  }

  @Test
  void aUrlWithoutSchemeIsAUsageError() {
    assertThat(run("--kibana", "kibana:5601")).isEqualTo(2);
    assertThat(err.toString()).contains("must start with http:// or https://");
  }

  // ---- the stand-in for Kibana ----

  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
        + (query == null ? "" : "?" + query));
    Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
    if (!exchange.getRequestMethod().equals("POST") || !path.matches()) {
      reply(exchange, 404, error(404, "Not Found", "Not Found"));
      return;
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("ApiKey " + API_KEY).equals(auth) && !"Basic ZWxhc3RpYzpjaGFuZ2VtZQ==".equals(auth)) {
      reply(exchange, 401, error(401, "Unauthorized",
          "[security_exception]: unable to authenticate with provided credentials"));
      return;
    }
    if (exchange.getRequestHeaders().getFirst("kbn-xsrf") == null) {
      reply(exchange, 400, error(400, "Bad Request", "Request must contain a kbn-xsrf header."));
      return;
    }
    String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    Matcher boundary = Pattern.compile("multipart/form-data; boundary=(.+)").matcher(contentType);
    if (!boundary.matches()) {
      reply(exchange, 415, error(415, "Unsupported Media Type", "Unsupported Media Type"));
      return;
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher part = Pattern.compile("--" + Pattern.quote(boundary.group(1))
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"([^\"]+)\"\r\n(?:[^\r\n]+\r\n)*\r\n(.*)\r\n--"
        + Pattern.quote(boundary.group(1)) + "--\r\n", Pattern.DOTALL).matcher(body);
    if (!part.matches()) {
      reply(exchange, 400, error(400, "Bad Request", "[request body.file]: expected value of type [Stream]"));
      return;
    }
    if (!part.group(1).endsWith(".ndjson")) {
      reply(exchange, 415, error(415, "Unsupported Media Type", "Invalid file extension .json"));
      return;
    }
    List<JsonNode> objects = new ArrayList<>();
    for (String line : part.group(2).split("\n")) {
      if (!line.isBlank()) {
        objects.add(JSON.readTree(line));
      }
    }
    boolean overwrite = "overwrite=true".equals(exchange.getRequestURI().getQuery());
    Set<String> space = stored.computeIfAbsent(path.group(1) == null ? "default" : path.group(1),
        s -> ConcurrentHashMap.newKeySet());
    Set<String> inFile = new HashSet<>();
    objects.forEach(o -> inFile.add(o.path("type").asText() + "/" + o.path("id").asText()));
    ObjectNode result = JSON.createObjectNode();
    ArrayNode errors = JSON.createArrayNode();
    ArrayNode successes = JSON.createArrayNode();
    for (JsonNode o : objects) {
      String key = o.path("type").asText() + "/" + o.path("id").asText();
      String title = o.at("/attributes/title").asText();
      ArrayNode missing = JSON.createArrayNode();
      for (JsonNode ref : o.path("references")) {
        String target = ref.path("type").asText() + "/" + ref.path("id").asText();
        if (!inFile.contains(target) && !space.contains(target)) {
          missing.addObject().put("type", ref.path("type").asText()).put("id", ref.path("id").asText());
        }
      }
      ObjectNode failure = JSON.createObjectNode().put("id", o.path("id").asText()).put("type", o.path("type").asText())
          .put("title", title);
      failure.putObject("meta").put("title", title).put("icon", "app");
      if (!missing.isEmpty()) {
        failure.putObject("error").put("type", "missing_references").set("references", missing);
        errors.add(failure);
      } else if (space.contains(key) && !overwrite) {
        failure.putObject("error").put("type", "conflict");
        errors.add(failure);
      } else {
        space.add(key);
        ObjectNode ok = successes.addObject().put("type", o.path("type").asText()).put("id", o.path("id").asText());
        ok.putObject("meta").put("title", title).put("icon", "app");
      }
    }
    result.put("successCount", successes.size()).put("success", errors.isEmpty());
    result.set("successResults", successes);
    if (!errors.isEmpty()) {
      result.set("errors", errors);
    }
    reply(exchange, 200, result);
  }

  private static ObjectNode error(int status, String error, String message) {
    return JSON.createObjectNode().put("statusCode", status).put("error", error).put("message", message);
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
