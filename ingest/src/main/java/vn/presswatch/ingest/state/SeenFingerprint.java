package vn.presswatch.ingest.state;

/**
 * The fingerprint of an article already published, for recognising copies.
 *
 * @param articleId id of the article
 * @param fingerprint its 64-bit SimHash
 */
public record SeenFingerprint(String articleId, long fingerprint) {}
