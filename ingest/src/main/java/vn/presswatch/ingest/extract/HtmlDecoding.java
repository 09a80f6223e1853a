package vn.presswatch.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into text, finding the charset the way browsers do, with one correction for the
 * Vietnamese web.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16 BE/LE); else the {@code charset} of the HTTP {@code Content-Type}
 * header; else a {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">} in the
 * first 4096 bytes; else UTF-8. ISO-8859-1 and US-ASCII labels mean windows-1252, as in browsers. Unknown labels
 * mean UTF-8. Correction: when a page declares another charset but its bytes are valid UTF-8 with non-ASCII
 * characters, it is UTF-8 — many sites converted their content to UTF-8 and kept an old template's meta tag, and
 * valid multi-byte UTF-8 almost never occurs by accident in legacy encodings. Undecodable bytes become U+FFFD.
 */
public final class HtmlDecoding {
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoding() {}

  /**
   * Decodes a page.
   *
   * @param bytes the raw body; null gives ""
   * @param contentTypeHeaderOrNull the HTTP {@code Content-Type} header, or null for files
   */
  public static String decode(byte[] bytes, String contentTypeHeaderOrNull) {
    if (bytes == null || bytes.length == 0) {
      return "";
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    return new String(bytes, charsetOf(bytes, contentTypeHeaderOrNull));
  }

  /** The charset {@link #decode} uses for {@code bytes} without a byte-order mark. */
  private static Charset charsetOf(byte[] bytes, String contentTypeHeaderOrNull) {
    String label = declaredLabel(contentTypeHeaderOrNull, bytes);
    if (label == null) {
      return StandardCharsets.UTF_8;
    }
    Charset declared = forLabel(label);
    if (!declared.equals(StandardCharsets.UTF_8) && isNonAsciiUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    return declared;
  }

  private static String declaredLabel(String contentType, byte[] bytes) {
    if (contentType != null) {
      Matcher header = HEADER_CHARSET.matcher(contentType);
      if (header.find()) {
        return header.group(1);
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  private static Charset forLabel(String label) {
    String name = label.trim().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    } catch (IllegalCharsetNameException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static boolean isNonAsciiUtf8(byte[] bytes) {
    boolean nonAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    if (!nonAscii) {
      return false;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
