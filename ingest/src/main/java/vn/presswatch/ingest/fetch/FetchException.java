package vn.presswatch.ingest.fetch;

/**
 * A fetch that produced no usable response. {@link #reason()} is the short name under which the crawler counts and
 * dead-letters it: {@code timeout}, {@code connect-failed}, {@code http-404}, {@code http-5xx}, {@code too-large},
 * {@code redirect-loop}, {@code too-many-redirects}, {@code private-address}, {@code robots-disallowed}, {@code
 * bad-url}.
 */
public class FetchException extends Exception {
  private final String reason;
  private final String url;

  public FetchException(String reason, String url, String detail) {
    super(detail);
    this.reason = reason;
    this.url = url;
  }

  public FetchException(String reason, String url, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
    this.url = url;
  }

  public String reason() {
    return reason;
  }

  public String url() {
    return url;
  }

  /** Whether trying again later may succeed (timeouts, connection errors, 429, 5xx). */
  public boolean transientFailure() {
    return reason.equals("timeout") || reason.equals("connect-failed") || reason.equals("http-5xx")
        || reason.equals("http-429");
  }
}
