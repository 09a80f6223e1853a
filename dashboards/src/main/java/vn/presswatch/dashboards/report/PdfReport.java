package vn.presswatch.dashboards.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the HTML report to PDF with openhtmltopdf: the same XHTML, its inline SVG charts drawn as vectors, and the
 * DejaVu Sans font (every Vietnamese glyph) embedded from the {@code jasperreports-fonts} jar on the classpath.
 */
public final class PdfReport {
  /** The family name the report's CSS asks for. */
  static final String FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  private PdfReport() {}

  /** Renders {@code xhtml} (from {@link HtmlReport#render}) into {@code file}. */
  public static void write(String xhtml, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
      font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withHtmlContent(xhtml, file.toUri().toString());
      builder.toStream(out);
      builder.run();
    }
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    if (PdfReport.class.getResource(FONTS + file) == null) {
      throw new IllegalStateException("font " + FONTS + file + " is missing from the classpath "
          + "(net.sf.jasperreports:jasperreports-fonts)");
    }
    builder.useFont(() -> open(FONTS + file), FAMILY, weight, style, true);
  }

  private static InputStream open(String resource) {
    InputStream in = PdfReport.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("cannot read " + resource));
    }
    return in;
  }
}
