package vn.presswatch.core.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import vn.presswatch.core.json.Json;

/**
 * An input a stage could not use, kept with the reason so nothing disappears silently.
 *
 * @param stage which stage diverted it: {@code fetch}, {@code feed}, {@code extract}, {@code process}, {@code index}
 * @param reason short machine-friendly reason, for example {@code too-large} or {@code malformed-feed}
 * @param detail human-readable explanation
 * @param source the outlet or source id, may be null
 * @param url the URL involved, may be null
 * @param payload the offending input (truncated by the producer when large), may be null
 * @param at when it was diverted
 */
public record DeadLetter(
    String stage, String reason, String detail, String source, String url, String payload, Instant at) {

  /** Payloads are cut to this many characters so one huge page cannot clog the topic. */
  public static final int MAX_PAYLOAD_CHARS = 64 * 1024;

  public DeadLetter {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (payload != null && payload.length() > MAX_PAYLOAD_CHARS) {
      payload = payload.substring(0, MAX_PAYLOAD_CHARS);
    }
  }

  public byte[] toBytes() {
    try {
      return Json.mapper().writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
