package vn.presswatch.core.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.presswatch.core.json.Json;

/** Reads and writes {@link Article} records as UTF-8 JSON, the form they take on Kafka. */
public final class ArticleCodec {
  private ArticleCodec() {}

  public static byte[] toBytes(Article article) {
    try {
      return Json.mapper().writeValueAsBytes(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Article article) {
    return new String(toBytes(article), StandardCharsets.UTF_8);
  }

  /**
   * Parses one record.
   *
   * @throws InvalidRecordException when the bytes are not an article this code can read, with a reason a person can
   *     act on
   */
  public static Article fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidRecordException("empty record");
    }
    Article article;
    try {
      article = Json.mapper().readValue(bytes, Article.class);
    } catch (IOException | RuntimeException e) {
      throw new InvalidRecordException("not an article JSON record: " + firstLine(e.getMessage()), e);
    }
    if (article.schemaVersion() > Article.SCHEMA_VERSION) {
      throw new InvalidRecordException(
          "schema_version " + article.schemaVersion() + " is newer than this reader (" + Article.SCHEMA_VERSION + ")");
    }
    if (article.schemaVersion() < 1) {
      // Version 1 is the first there is: a record without one (read as 0) was not written by a presswatch crawler.
      throw new InvalidRecordException("schema_version " + article.schemaVersion()
          + " is not a version of the article record (missing or below 1)");
    }
    return article;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
