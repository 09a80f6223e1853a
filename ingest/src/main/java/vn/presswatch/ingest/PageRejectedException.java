package vn.presswatch.ingest;

/** A fetched page that holds no usable article; {@link #reason()} names why ({@code no-body}, {@code not-html}). */
public class PageRejectedException extends Exception {
  private final String reason;

  public PageRejectedException(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
