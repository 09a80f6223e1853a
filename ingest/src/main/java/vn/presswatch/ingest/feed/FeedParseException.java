package vn.presswatch.ingest.feed;

/** A response that is not a feed we can read; {@link #reason()} is {@code not-a-feed} or {@code malformed-feed}. */
public class FeedParseException extends Exception {
  private final String reason;

  public FeedParseException(String reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
