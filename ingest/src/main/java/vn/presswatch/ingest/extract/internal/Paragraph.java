package vn.presswatch.ingest.extract.internal;

/**
 * One paragraph of rendered text.
 *
 * @param text normalised text
 * @param linkChars how many of its characters were inside links
 */
public record Paragraph(String text, int linkChars) {
  /** Share of the text inside links. */
  public double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }
}
