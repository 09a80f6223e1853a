package vn.presswatch.core.article;

/** A record that cannot be used; its message is the reason recorded in the dead-letter topic. */
public class InvalidRecordException extends RuntimeException {
  public InvalidRecordException(String reason) {
    super(reason);
  }

  public InvalidRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
