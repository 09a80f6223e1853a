package vn.presswatch.ingest.dedup;

import java.util.Optional;
import vn.presswatch.ingest.state.CrawlState;
import vn.presswatch.ingest.state.SeenFingerprint;

/**
 * Finds the earlier article a new one copies: same fingerprint within {@code crawl.duplicate-max-bits} bits. The
 * copy is still published, with {@code duplicate_of} set, so counts can choose to include or exclude it.
 */
public final class DuplicateDetector {
  private final CrawlState state;
  private final int maxBits;

  public DuplicateDetector(CrawlState state, int maxBits) {
    this.state = state;
    this.maxBits = maxBits;
  }

  /**
   * Checks {@code fingerprint} against recent articles and remembers it.
   *
   * @return the id of the closest earlier article within the threshold, if any
   */
  public synchronized Optional<String> originalOf(String articleId, long fingerprint) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    if (fingerprint != 0L) {
      for (SeenFingerprint seen : state.fingerprints()) {
        int d = ContentFingerprint.distance(seen.fingerprint(), fingerprint);
        if (d <= maxBits && d < bestDistance && !seen.articleId().equals(articleId)) {
          best = seen.articleId();
          bestDistance = d;
        }
      }
      state.addFingerprint(new SeenFingerprint(articleId, fingerprint));
    }
    return Optional.ofNullable(best);
  }
}
