package vn.presswatch.dashboards.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.elastic.HttpSecurity;

/**
 * Posts saved objects (NDJSON) to Kibana's saved objects import API, {@code POST [/s/<space>]/api/saved_objects/_import}
 * with the file as the multipart part {@code file} and the {@code kbn-xsrf} header Kibana requires, authenticated
 * like the Elasticsearch client ({@link HttpSecurity}: API key or basic auth, optional CA file).
 */
public final class KibanaImport {
  private static final Logger LOG = LoggerFactory.getLogger(KibanaImport.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where Kibana is and how to log in.
   *
   * @param url Kibana's base URL, {@code http(s)://host:5601} (with its base path, if any)
   * @param apiKey encoded API key, blank for none (wins over user and password)
   * @param username basic-auth user, blank for none
   * @param password basic-auth password
   * @param caFile PEM file of the CA that signed Kibana's certificate, blank for the JVM's trust store
   * @param space Kibana space id, blank for the default space
   */
  public record Target(String url, String apiKey, String username, String password, String caFile, String space) {
    public Target {
      if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new IllegalArgumentException("Kibana URL '" + url + "' must start with http:// or https://");
      }
      if (space != null && !space.isBlank() && !space.matches("[a-z0-9_-]+")) {
        throw new IllegalArgumentException("Kibana space id '" + space + "' may only hold a-z, 0-9, _ and -");
      }
    }

    URI importUri(boolean overwrite) {
      String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      String spacePath = space == null || space.isBlank() ? "" : "/s/" + space;
      return URI.create(base + spacePath + "/api/saved_objects/_import" + (overwrite ? "?overwrite=true" : ""));
    }

    @Override
    public String toString() {
      // Never print secrets.
      return "Kibana[" + url + ", space=" + (space == null || space.isBlank() ? "default" : space) + "]";
    }
  }

  /** One object Kibana did not import, with Kibana's error type ({@code conflict}, {@code missing_references} …). */
  public record ObjectError(String type, String id, String title, String error) {}

  /** Kibana's answer: how many objects it imported and which it did not. */
  public record Result(boolean success, int successCount, List<ObjectError> errors) {}

  /** The import failed as a whole: Kibana unreachable, credentials refused, or an answer that is not an import result. */
  public static final class ImportException extends Exception {
    public ImportException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Target target;
  private final HttpClient http;

  public KibanaImport(Target target) {
    this.target = target;
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
    if (target.caFile() != null && !target.caFile().isBlank()) {
      builder.sslContext(HttpSecurity.sslContextTrusting(Path.of(target.caFile())));
    }
    this.http = builder.build();
  }

  /**
   * Imports {@code ndjson} (named {@code fileName}, which must end in {@code .ndjson} as Kibana checks), replacing
   * objects with the same ids when {@code overwrite}.
   */
  public Result importObjects(byte[] ndjson, String fileName, boolean overwrite) throws ImportException {
    String boundary = "presswatch-" + UUID.randomUUID();
    HttpRequest.Builder request = HttpRequest.newBuilder(target.importUri(overwrite))
        .timeout(Duration.ofMinutes(2))
        .header("kbn-xsrf", "presswatch")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, ndjson)));
    HttpSecurity.authorization(target.apiKey(), target.username(), target.password())
        .ifPresent(auth -> request.header("Authorization", auth));
    LOG.info("importing {} into {}", fileName, target);
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException | HttpTimeoutException e) {
      throw new ImportException("cannot reach Kibana at " + target.url() + ": " + describe(e), e);
    } catch (SSLException e) {
      throw new ImportException("TLS with Kibana at " + target.url() + " failed (" + e.getMessage()
          + "); give the CA that signed its certificate with --ca-file", e);
    } catch (IOException e) {
      throw new ImportException("cannot talk to Kibana at " + target.url() + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException("interrupted while importing into Kibana", e);
    }
    return result(response);
  }

  private Result result(HttpResponse<String> response) throws ImportException {
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      body = JSON.createObjectNode();
    }
    String message = body.path("message").asText(response.body());
    switch (response.statusCode()) {
      case 200:
        break;
      case 401:
        throw new ImportException("Kibana refused the credentials (401 Unauthorized): give a valid --api-key, or "
            + "--username and --password. Kibana said: " + message, null);
      case 403:
        throw new ImportException("Kibana denied the import (403 Forbidden): the user or API key needs the "
            + "privilege to manage saved objects in this space. Kibana said: " + message, null);
      case 404:
        throw new ImportException("no saved objects API at " + target.importUri(false)
            + " (404): check the Kibana URL, its base path and the space id. Kibana said: " + message, null);
      default:
        throw new ImportException("Kibana answered " + response.statusCode() + ": " + message, null);
    }
    if (!body.has("successCount")) {
      throw new ImportException("Kibana's answer is not an import result: " + response.body(), null);
    }
    List<ObjectError> errors = new ArrayList<>();
    for (JsonNode e : body.path("errors")) {
      JsonNode error = e.path("error");
      String detail = error.path("type").asText("unknown");
      if (error.has("message")) {
        detail += ": " + error.path("message").asText();
      }
      List<String> missing = new ArrayList<>();
      error.path("references").forEach(r -> missing.add(r.path("type").asText() + " " + r.path("id").asText()));
      if (!missing.isEmpty()) {
        detail += " " + missing;
      }
      errors.add(new ObjectError(e.path("type").asText(), e.path("id").asText(),
          e.path("meta").path("title").asText(e.path("title").asText("")), detail));
    }
    return new Result(body.path("success").asBoolean(false), body.path("successCount").asInt(), errors);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static byte[] multipart(String boundary, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
    String head = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "") + "\"\r\n"
        + "Content-Type: application/ndjson\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
