package vn.presswatch.ingest.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.json.Json;
import vn.presswatch.ingest.health.SourceHealth;

/**
 * Everything the crawler must remember across restarts, in one JSON file ({@code home/crawl/state.json}): per-feed
 * validators for conditional GET and last poll time, the canonical URLs already crawled (bounded, oldest forgotten
 * first), recent content fingerprints, and per-source health. Thread-safe; {@link #save()} writes atomically.
 */
public final class CrawlState {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlState.class);

  /** The file's shape, and a copy of the state taken at one moment by {@link #snapshot()}. */
  public record Snapshot(
      Map<String, FeedValidators> feeds,
      Map<String, String> seen,
      List<SeenFingerprint> fingerprints,
      Map<String, SourceHealth> health) {}

  private final Path file;
  private final int maxSeen;
  private final int maxFingerprints;
  private final Map<String, FeedValidators> feeds = new TreeMap<>();
  private final LinkedHashMap<String, String> seen = new LinkedHashMap<>();
  private final ArrayDeque<SeenFingerprint> fingerprints = new ArrayDeque<>();
  private final Map<String, SourceHealth> health = new TreeMap<>();
  private final Object writing = new Object();

  private CrawlState(Path file, int maxSeen, int maxFingerprints) {
    this.file = file;
    this.maxSeen = maxSeen;
    this.maxFingerprints = maxFingerprints;
  }

  /** Where the crawl state of a work directory lives: {@code home/crawl/state.json}. */
  public static Path fileIn(Path home) {
    return home.resolve("crawl").resolve("state.json");
  }

  /**
   * Opens the state in {@code file}, empty when it does not exist yet.
   *
   * @throws IllegalStateException when the file exists but cannot be read, naming it
   */
  public static CrawlState open(Path file, int maxSeen, int maxFingerprints) {
    CrawlState state = new CrawlState(file, maxSeen, maxFingerprints);
    if (Files.exists(file)) {
      try {
        Snapshot s = Json.mapper().readValue(file.toFile(), Snapshot.class);
        if (s.feeds() != null) {
          state.feeds.putAll(s.feeds());
        }
        if (s.seen() != null) {
          state.seen.putAll(s.seen());
        }
        if (s.fingerprints() != null) {
          state.fingerprints.addAll(s.fingerprints());
        }
        if (s.health() != null) {
          state.health.putAll(s.health());
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read crawl state " + file + ": " + e.getMessage()
            + " (move it away to start afresh)", e);
      }
      LOG.info("crawl state {}: {} feeds, {} seen URLs, {} fingerprints", file, state.feeds.size(),
          state.seen.size(), state.fingerprints.size());
    }
    return state;
  }

  public synchronized Optional<FeedValidators> feed(String feedUrl) {
    return Optional.ofNullable(feeds.get(feedUrl));
  }

  public synchronized void feed(String feedUrl, FeedValidators validators) {
    feeds.put(feedUrl, validators);
  }

  /** The article id already published for this canonical URL, if any. */
  public synchronized Optional<String> seen(String canonicalUrl) {
    return Optional.ofNullable(seen.get(canonicalUrl));
  }

  public synchronized void markSeen(String canonicalUrl, String articleId) {
    seen.put(canonicalUrl, articleId);
    while (seen.size() > maxSeen) {
      seen.remove(seen.keySet().iterator().next());
    }
  }

  /** Recent fingerprints, oldest first. */
  public synchronized List<SeenFingerprint> fingerprints() {
    return new ArrayList<>(fingerprints);
  }

  public synchronized void addFingerprint(SeenFingerprint fingerprint) {
    fingerprints.addLast(fingerprint);
    while (fingerprints.size() > maxFingerprints) {
      fingerprints.removeFirst();
    }
  }

  /** Health of every source, keyed by {@link #sourceKey}. */
  public synchronized Map<String, SourceHealth> health() {
    return new TreeMap<>(health);
  }

  public synchronized Optional<SourceHealth> health(String outlet, String feedUrl) {
    return Optional.ofNullable(health.get(sourceKey(outlet, feedUrl)));
  }

  public synchronized void health(SourceHealth h) {
    health.put(sourceKey(h.outlet(), h.feed()), h);
  }

  /** The key of one source: outlet id and feed URL. */
  public static String sourceKey(String outlet, String feedUrl) {
    return outlet + " " + feedUrl;
  }

  /** Writes the state to its file (a temporary file, then an atomic move). */
  public void save() {
    write(snapshot());
  }

  /**
   * A copy of the state as it is now. A crawler takes it, makes sure everything it records as crawled has been
   * delivered, then {@link #write}s it: the file never claims a page whose article may still be lost.
   */
  public synchronized Snapshot snapshot() {
    return new Snapshot(new TreeMap<>(feeds), new LinkedHashMap<>(seen), new ArrayList<>(fingerprints),
        new TreeMap<>(health));
  }

  /**
   * Writes {@code snapshot} to the state file: a temporary file, then an atomic move, so that a crash at any moment
   * leaves either the previous file or this one, never a torn one.
   */
  public void write(Snapshot snapshot) {
    // Not under the state's own lock: crawl workers keep going while a large file is written.
    synchronized (writing) {
      writeFile(snapshot);
    }
  }

  private void writeFile(Snapshot snapshot) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      ObjectMapper mapper = Json.mapper();
      mapper.writeValue(tmp.toFile(), snapshot);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write crawl state " + file, e);
    }
  }
}
