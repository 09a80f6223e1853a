package vn.presswatch.core.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One news story as published by one outlet: the record that flows from the crawler through Kafka into the
 * coverage jobs. Serialised as JSON by {@link ArticleCodec}; the field list is documented in {@code
 * docs/architecture.md}.
 *
 * @param schemaVersion version of this record's shape, {@link #SCHEMA_VERSION} when written by this code
 * @param id stable id derived from the canonical URL ({@link ArticleIds#forUrl(String)})
 * @param outlet outlet id from {@code config/outlets.yaml}
 * @param url the URL the page was fetched from
 * @param canonicalUrl the page's canonical URL with tracking parameters stripped
 * @param title headline
 * @param lead lead paragraph (sapo), may be empty
 * @param text body text only, paragraphs separated by blank lines
 * @param author byline, may be null
 * @param section outlet section, may be null
 * @param tags outlet tags, never null
 * @param language ISO 639-1 code, for example {@code vi}
 * @param publishedAt publication instant; the crawl instant when the outlet gives none
 * @param modifiedAt last modification instant, may be null
 * @param fetchedAt when the crawler fetched the page
 * @param fingerprint content fingerprint used to recognise re-published or syndicated copies
 * @param duplicateOf id of the article this one copies, null when original
 * @param warc where the raw response is archived ({@code file#offset}), may be null
 */
public record Article(
    int schemaVersion,
    String id,
    String outlet,
    String url,
    String canonicalUrl,
    String title,
    String lead,
    String text,
    String author,
    String section,
    List<String> tags,
    String language,
    Instant publishedAt,
    Instant modifiedAt,
    Instant fetchedAt,
    String fingerprint,
    String duplicateOf,
    String warc) {

  /** The schema version this code writes. Readers accept this and every older version. */
  public static final int SCHEMA_VERSION = 1;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(publishedAt, "publishedAt");
    title = title == null ? "" : title;
    lead = lead == null ? "" : lead;
    text = text == null ? "" : text;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A copy of this article marked as a copy of {@code originalId}. */
  public Article withDuplicateOf(String originalId) {
    return new Article(schemaVersion, id, outlet, url, canonicalUrl, title, lead, text, author, section, tags,
        language, publishedAt, modifiedAt, fetchedAt, fingerprint, originalId, warc);
  }
}
