package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {
  private static final String VIETNAMESE = "<html><body><p>Tiếng Việt có dấu</p></body></html>";

  private static byte[] concat(byte[] prefix, byte[] body) {
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  @Test
  void defaultsToUtf8() {
    assertThat(HtmlDecoding.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(VIETNAMESE);
  }

  @Test
  void utf8ByteOrderMarkIsRemoved() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, VIETNAMESE.getBytes(StandardCharsets.UTF_8));

    assertThat(HtmlDecoding.decode(bytes, "text/html; charset=windows-1252")).isEqualTo(VIETNAMESE);
  }

  @Test
  void utf16LittleEndianByteOrderMarkIsHonoured() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, VIETNAMESE.getBytes(StandardCharsets.UTF_16LE));

    assertThat(HtmlDecoding.decode(bytes, null)).isEqualTo(VIETNAMESE);
  }

  @Test
  void contentTypeHeaderCharsetIsUsed() {
    String french = "<p>Café crème à emporter</p>";

    assertThat(HtmlDecoding.decode(french.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=ISO-8859-1"))
        .isEqualTo(french);
  }

  @Test
  void metaCharsetIsUsed() {
    // windows-1258, the Vietnamese code page, writes "ò" as "o" plus a combining grave accent.
    String page = "<html><head><meta charset=\"windows-1258\"></head><body>Sài Go\u0300n</body></html>";
    Charset windows1258 = Charset.forName("windows-1258");

    assertThat(HtmlDecoding.decode(page.getBytes(windows1258), null)).isEqualTo(page);
  }

  @Test
  void httpEquivContentTypeIsUsed() {
    String page = "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><p>Noël à Hà Nội?</p>";
    String latin = page.replace("Hà Nội", "Paris");

    assertThat(HtmlDecoding.decode(latin.getBytes(StandardCharsets.ISO_8859_1), null)).isEqualTo(latin);
  }

  @Test
  void validUtf8WinsOverAWrongDeclaration() {
    String page = "<meta charset='iso-8859-1'>" + VIETNAMESE;

    assertThat(HtmlDecoding.decode(page.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(page);
  }

  @Test
  void unknownCharsetLabelMeansUtf8() {
    String page = "<meta charset='x-no-such-charset'>" + VIETNAMESE;

    assertThat(HtmlDecoding.decode(page.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(page);
  }

  @Test
  void invalidBytesBecomeReplacementCharacters() {
    byte[] bytes = {'<', 'p', '>', (byte) 0xC3, '<', '/', 'p', '>'};

    assertThat(HtmlDecoding.decode(bytes, null)).isEqualTo("<p>\uFFFD</p>");
  }

  @Test
  void nullBytesGiveEmptyText() {
    assertThat(HtmlDecoding.decode(null, null)).isEmpty();
  }
}
