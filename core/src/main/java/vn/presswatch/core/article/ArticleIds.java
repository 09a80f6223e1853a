package vn.presswatch.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids, so that re-crawls, replays and restarts address the same records. */
public final class ArticleIds {
  private ArticleIds() {}

  /** The article id for a canonical URL: the first 96 bits of its SHA-256, as 24 hex digits. */
  public static String forUrl(String canonicalUrl) {
    return sha256Hex(canonicalUrl).substring(0, 24);
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
