package vn.presswatch.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders a report with {@code scripts/screenshot-report.sh} (headless Chromium) and checks that the picture has
 * content. Skipped where {@code /usr/bin/chromium} is not installed. The PNG stays in {@code target/} to look at.
 */
class ReportScreenshotIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void chromiumRendersTheReport() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM);
    Path dir = Files.createDirectories(Path.of("target", "report-screenshot"));
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.render(SampleReport.data(), ReportLabels.of("vi")), StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");
    Files.deleteIfExists(png);
    Process p = new ProcessBuilder("scripts/screenshot-report.sh", html.toString(), png.toString(), "1000x2600")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    // Text, the red focal bars and the blue regular ones give far more than a blank or error page's few colours.
    assertThat(colours.size()).isGreaterThan(50);
    assertThat(colours).contains(0xFFB22222, 0xFF2F6F9F);
  }
}
