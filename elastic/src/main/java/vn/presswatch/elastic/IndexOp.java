package vn.presswatch.elastic;

import java.io.Serializable;
import java.util.Objects;

/**
 * One document to write: the whole document replaces any earlier one with the same id, so replays and restarts are
 * idempotent. Or, with no document, the removal of that id from that index.
 *
 * @param index target index
 * @param id deterministic document id
 * @param json the document, UTF-8 JSON; null for a deletion ({@link #delete})
 * @param sourceMillis when what the document describes entered the pipeline (an article's fetch time), in epoch
 *     milliseconds, for the fetch-to-indexed delay; 0 when not tracked
 */
public record IndexOp(String index, String id, byte[] json, long sourceMillis) implements Serializable {
  public IndexOp {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(id, "id");
  }

  /** A document whose delay is not tracked. */
  public IndexOp(String index, String id, byte[] json) {
    this(index, id, json, 0);
  }

  /** Removes document {@code id} from {@code index}; nothing happens when it is not there. */
  public static IndexOp delete(String index, String id) {
    return new IndexOp(index, id, null);
  }

  public boolean isDelete() {
    return json == null;
  }
}
