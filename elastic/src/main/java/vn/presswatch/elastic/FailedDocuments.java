package vn.presswatch.elastic;

/** Where a document that Elasticsearch rejected for good (a mapping error, say) goes instead of being lost. */
@FunctionalInterface
public interface FailedDocuments {
  /**
   * @param op the rejected document
   * @param status the HTTP status Elasticsearch gave for it
   * @param reason Elasticsearch's error type and reason
   */
  void rejected(IndexOp op, int status, String reason);
}
