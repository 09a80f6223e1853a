package vn.presswatch.ingest.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response the fetcher accepted: a 200 with its (decompressed) body, or a 304 Not Modified without one.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL after redirects
 * @param status HTTP status, 200 or 304
 * @param headers response headers of the final response, names in lower case
 * @param body decompressed body, empty for 304
 * @param fetchedAt when the response arrived
 */
public record FetchResponse(
    String requestedUrl, String finalUrl, int status, Map<String, List<String>> headers, byte[] body,
    Instant fetchedAt) {

  public boolean notModified() {
    return status == 304;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String contentType() {
    return header("content-type").orElse(null);
  }
}
