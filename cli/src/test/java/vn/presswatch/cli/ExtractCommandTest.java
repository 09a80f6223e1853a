package vn.presswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.presswatch.core.json.Json;

class ExtractCommandTest {
  private static final String PAGE =
      "<html lang=\"vi\"><head><title>Tiêu đề bài - Báo Mẫu</title>"
          + "<meta property=\"article:published_time\" content=\"2026-07-20T06:25:00+07:00\"></head><body>"
          + "<h1>Hà Nội mở rộng tuyến xe buýt điện</h1>"
          + "<div class=\"content\"><p>Sở Giao thông vận tải Hà Nội cho biết từ tháng sau thành phố sẽ đưa thêm "
          + "ba mươi xe buýt điện vào khai thác trên các tuyến nội đô, nhằm giảm khí thải và tiếng ồn.</p>"
          + "<p>Theo kế hoạch, các tuyến mới đi qua nhiều bệnh viện, trường học và khu dân cư đông đúc, với tần "
          + "suất mười lăm phút một chuyến vào giờ cao điểm.</p></div></body></html>";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private CommandLine command;

  @BeforeEach
  void setUp() {
    command = new CommandLine(new ExtractCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(new StringWriter()));
  }

  private String[] lines() {
    return out.toString().strip().split("\\R");
  }

  private static JsonNode json(String line) throws IOException {
    return Json.mapper().readTree(line);
  }

  @Test
  void printsOneJsonLinePerFileWithTheExtractedFields() throws IOException {
    Path file = Files.writeString(dir.resolve("a.html"), PAGE);

    int exit = command.execute(file.toString(), "--url", "https://bao.example.vn/a.html?utm_source=x");

    JsonNode line = json(lines()[0]);
    assertThat(exit).isZero();
    assertThat(line.path("source").asText()).isEqualTo(file.toString());
    assertThat(line.path("title").asText()).isEqualTo("Hà Nội mở rộng tuyến xe buýt điện");
    assertThat(line.path("text").asText()).startsWith("Sở Giao thông vận tải").contains("\n\nTheo kế hoạch");
    assertThat(line.path("published_at").asText()).isEqualTo("2026-07-19T23:25:00Z");
    assertThat(line.path("canonical_url").asText()).isEqualTo("https://bao.example.vn/a.html");
    assertThat(line.path("language").asText()).isEqualTo("vi");
  }

  @Test
  void readsGzippedPages() throws IOException {
    Path file = dir.resolve("a.html.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    int exit = command.execute(file.toString());

    assertThat(exit).isZero();
    assertThat(json(lines()[0]).path("title").asText()).isEqualTo("Hà Nội mở rộng tuyến xe buýt điện");
  }

  @Test
  void writesAnErrorLineForAnUnreadableFileAndGoesOn() throws IOException {
    Path missing = dir.resolve("missing.html");
    Path good = Files.writeString(dir.resolve("good.html"), PAGE);

    int exit = command.execute(missing.toString(), good.toString());

    String[] lines = lines();
    assertThat(exit).isEqualTo(1);
    assertThat(lines).hasSize(2);
    assertThat(json(lines[0]).path("source").asText()).isEqualTo(missing.toString());
    assertThat(json(lines[0]).path("error").asText()).contains("missing.html");
    assertThat(json(lines[1]).path("title").asText()).isEqualTo("Hà Nội mở rộng tuyến xe buýt điện");
  }

  @Test
  void reportsACorruptGzipFileAsAnError() throws IOException {
    Path corrupt = Files.writeString(dir.resolve("broken.html.gz"), "not gzip at all");

    int exit = command.execute(corrupt.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(json(lines()[0]).has("error")).isTrue();
  }

  @Test
  void requiresAtLeastOneFile() {
    int exit = command.execute();

    assertThat(exit).isEqualTo(2);
  }
}
