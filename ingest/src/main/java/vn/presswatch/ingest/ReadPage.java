package vn.presswatch.ingest;

import java.time.Instant;
import java.util.List;

/**
 * The article fields a {@link PageReader} found in a page.
 *
 * @param canonicalUrl the page's canonical URL, tracking parameters stripped; null to use the fetched URL
 * @param title headline
 * @param lead lead paragraph, may be empty
 * @param text body text
 * @param author byline, may be null
 * @param section section, may be null
 * @param tags tags, may be empty
 * @param language ISO 639-1 code, null for the outlet's
 * @param publishedAt publication time, null when the page gives none
 * @param modifiedAt modification time, may be null
 */
public record ReadPage(
    String canonicalUrl,
    String title,
    String lead,
    String text,
    String author,
    String section,
    List<String> tags,
    String language,
    Instant publishedAt,
    Instant modifiedAt) {}
