package vn.presswatch.ingest.fetch;

/**
 * What a server told us last time about a resource, sent back for a conditional GET.
 *
 * @param etag the {@code ETag} header, null when none
 * @param lastModified the {@code Last-Modified} header as sent by the server, null when none
 */
public record Validators(String etag, String lastModified) {
  /** Nothing known: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);

  /** The validators a response carries, for the next conditional GET. */
  public static Validators of(FetchResponse response) {
    return new Validators(response.header("etag").orElse(null), response.header("last-modified").orElse(null));
  }
}
