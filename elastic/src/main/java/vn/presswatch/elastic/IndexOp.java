package vn.presswatch.elastic;

import java.io.Serializable;
import java.util.Objects;

/**
 * One document to write: the whole document replaces any earlier one with the same id, so replays and restarts are
 * idempotent.
 *
 * @param index target index
 * @param id deterministic document id
 * @param json the document, UTF-8 JSON
 */
public record IndexOp(String index, String id, byte[] json) implements Serializable {
  public IndexOp {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }
}
