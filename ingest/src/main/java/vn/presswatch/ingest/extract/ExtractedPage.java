package vn.presswatch.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ArticleExtractor} read from one article page. Text fields are never null ("" when not found); the
 * instants are null when the page gives no date.
 *
 * @param title headline
 * @param lead lead paragraph (sapo); never repeated in {@code text}
 * @param text body only, paragraphs separated by a blank line ("\n\n"), NFC-normalised
 * @param author byline (people, not the publisher)
 * @param section the outlet's section or category
 * @param tags keywords or tags, in page order, without duplicates
 * @param canonicalUrl canonical URL without tracking parameters or fragment
 * @param publishedAt publication instant
 * @param modifiedAt last modification instant
 * @param language ISO 639-1 code ("vi", "en"...), "" if unknown
 */
public record ExtractedPage(
    String title,
    String lead,
    String text,
    String author,
    String section,
    List<String> tags,
    String canonicalUrl,
    Instant publishedAt,
    Instant modifiedAt,
    String language) {

  /** Replaces null texts by "" and copies the tags. */
  public ExtractedPage {
    title = orEmpty(title);
    lead = orEmpty(lead);
    text = orEmpty(text);
    author = orEmpty(author);
    section = orEmpty(section);
    tags = tags == null ? List.of() : List.copyOf(tags);
    canonicalUrl = orEmpty(canonicalUrl);
    language = orEmpty(language);
  }

  /** A page from which nothing could be read, except its cleaned URL. */
  public static ExtractedPage empty(String url) {
    return new ExtractedPage("", "", "", "", "", List.of(), CanonicalUrls.clean(url), null, null, "");
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
