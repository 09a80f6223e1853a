package vn.presswatch.elastic;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.util.Set;
import org.elasticsearch.client.ResponseException;

/**
 * Why a whole bulk request failed, and whether sending it again can help. No response at all (connection refused or
 * reset, a timeout: the cluster is down or restarting), 408, 429 and 5xx are transient and retried. 401 and 403 say
 * the writer's credentials are wrong or lack a privilege: nothing is wrong with the documents, so they are kept and the
 * flush fails until an operator fixes the configuration. Any other status (a 4xx: bad request, a request too large) is
 * permanent, and its documents are diverted to {@link FailedDocuments} with this reason instead of being retried for
 * ever.
 *
 * @param status the HTTP status, or {@link #NO_RESPONSE} when the cluster did not answer
 * @param reason what went wrong, for logs and dead letters
 */
public record BulkFailure(int status, String reason) {
  /** The status of a request that got no HTTP response. */
  public static final int NO_RESPONSE = -1;

  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429);

  /** Whether an item or request with this HTTP status may succeed when sent again. */
  public static boolean isTransient(int status) {
    return status == NO_RESPONSE || TRANSIENT_STATUSES.contains(status) || status >= 500;
  }

  /** Classifies what the client threw for a bulk request. */
  public static BulkFailure of(Exception e) {
    if (e instanceof ElasticsearchException ee) {
      String reason = ee.error() == null ? ee.getMessage() : ee.error().type() + ": " + ee.error().reason();
      return new BulkFailure(ee.status(), reason);
    }
    // The low-level REST client reports some statuses (413 among them) as its own exception, possibly wrapped.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TransportException te) {
        return new BulkFailure(te.statusCode(), oneLine(te.getMessage()));
      }
      if (t instanceof ResponseException re) {
        return new BulkFailure(re.getResponse().getStatusLine().getStatusCode(), oneLine(re.getMessage()));
      }
    }
    return new BulkFailure(NO_RESPONSE, e.toString());
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
  }

  public boolean isTransient() {
    return isTransient(status);
  }

  /** Whether the cluster refused the writer itself (authentication or authorisation), not its documents. */
  public boolean isRefusedCredentials() {
    return status == 401 || status == 403;
  }

  @Override
  public String toString() {
    return (status == NO_RESPONSE ? "no response" : "status " + status) + " (" + reason + ")";
  }
}
