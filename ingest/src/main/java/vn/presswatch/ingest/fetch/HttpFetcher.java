package vn.presswatch.ingest.fetch;

import vn.presswatch.core.time.Sleeper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL over HTTP(S) the way the crawler needs it: a clear User-Agent, conditional GET, gzip, redirects
 * followed by hand (each target checked by the {@link AddressGuard}, loops detected), a whole-request timeout, a size
 * cap that also applies after decompression, and retries with exponential backoff for transient failures.
 *
 * <p>Politeness and robots.txt are not handled here but by {@link PoliteFetcher}, which wraps this class.
 */
public final class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  private final FetchSettings settings;
  private final AddressGuard guard;
  private final Sleeper sleeper;
  private final Clock clock;
  private final HttpClient client;

  public HttpFetcher(FetchSettings settings, Sleeper sleeper, Clock clock) {
    this.settings = settings;
    this.guard = new AddressGuard(settings.allowPrivateAddresses());
    this.sleeper = sleeper;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout())
        .build();
  }

  /**
   * GETs {@code url}, retrying transient failures.
   *
   * @return a 200 response with its body, or a 304 when {@code validators} still match
   * @throws FetchException with the reason when no usable response came
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  public FetchResponse get(String url, Validators validators) throws FetchException, InterruptedException {
    Duration backoff = settings.retryBackoff();
    for (int attempt = 0; ; attempt++) {
      try {
        return getFollowingRedirects(url, validators);
      } catch (FetchException e) {
        if (!e.transientFailure() || attempt >= settings.retries()) {
          throw e;
        }
        LOG.info("retrying {} in {} after {}: {}", url, backoff, e.reason(), e.getMessage());
        sleeper.sleep(backoff);
        backoff = backoff.multipliedBy(2);
      }
    }
  }

  private FetchResponse getFollowingRedirects(String url, Validators validators)
      throws FetchException, InterruptedException {
    URI current = parse(url);
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(current)) {
        throw new FetchException("redirect-loop", url, "redirect loop back to " + current);
      }
      if (hop > settings.maxRedirects()) {
        throw new FetchException("too-many-redirects", url, "more than " + settings.maxRedirects() + " redirects");
      }
      guard.check(current);
      HttpResponse<byte[]> response = send(current, validators);
      int status = response.statusCode();
      if (status == 200 || status == 304) {
        return new FetchResponse(url, current.toString(), status, lowerCaseHeaders(response),
            status == 200 ? decode(current, response) : new byte[0], clock.instant());
      }
      if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
        String location = response.headers().firstValue("location").get().trim();
        try {
          current = current.resolve(new URI(location.replace(" ", "%20")));
        } catch (URISyntaxException e) {
          throw new FetchException("bad-url", url, "unparsable redirect target '" + location + "'");
        }
        continue;
      }
      String reason = status >= 500 ? "http-5xx" : "http-" + status;
      throw new FetchException(reason, url, "HTTP " + status + " from " + current);
    }
  }

  private HttpResponse<byte[]> send(URI uri, Validators validators) throws FetchException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept-Encoding", "gzip, deflate")
        .GET();
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    HttpResponse.BodyHandler<byte[]> handler = info -> info.statusCode() == 200
        ? new CappedBodySubscriber(settings.maxBodyBytes(), info.headers().firstValueAsLong("content-length").orElse(-1))
        : HttpResponse.BodySubscribers.replacing(new byte[0]);
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), handler);
    try {
      // The whole exchange, body included, must finish in time: a server trickling bytes cannot hold us.
      return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException("timeout", uri.toString(), "no complete response within " + settings.requestTimeout());
    } catch (ExecutionException e) {
      throw classify(uri, e.getCause());
    }
  }

  private static FetchException classify(URI uri, Throwable cause) {
    if (cause instanceof CappedBodySubscriber.TooLargeException) {
      return new FetchException("too-large", uri.toString(), cause.getMessage());
    }
    if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
      return new FetchException("connect-failed", uri.toString(), String.valueOf(cause.getMessage()), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException("timeout", uri.toString(), String.valueOf(cause.getMessage()), cause);
    }
    return new FetchException("connect-failed", uri.toString(), cause.getClass().getSimpleName() + ": "
        + cause.getMessage(), cause);
  }

  private byte[] decode(URI uri, HttpResponse<byte[]> response) throws FetchException {
    String encoding = response.headers().firstValue("content-encoding").orElse("identity").trim()
        .toLowerCase(Locale.ROOT);
    if (encoding.equals("identity") || encoding.isEmpty()) {
      return response.body();
    }
    try (InputStream in = encoding.equals("gzip") || encoding.equals("x-gzip")
        ? new GZIPInputStream(new ByteArrayInputStream(response.body()))
        : new InflaterInputStream(new ByteArrayInputStream(response.body()))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > settings.maxBodyBytes()) {
          throw new FetchException("too-large", uri.toString(),
              "decompressed body exceeds " + settings.maxBodyBytes() + " bytes");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new FetchException("bad-encoding", uri.toString(), "cannot decode " + encoding + " body: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> lowerCaseHeaders(HttpResponse<?> response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    return headers;
  }

  private static URI parse(String url) throws FetchException {
    try {
      return new URI(url.trim());
    } catch (URISyntaxException | NullPointerException e) {
      throw new FetchException("bad-url", url, "not a URL: " + e.getMessage());
    }
  }
}
