package vn.presswatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt rules per site (scheme, host and port), parsed with crawler-commons and cached for {@code
 * fetch.robots-ttl}. A missing robots.txt (4xx) allows everything; a server error or an unreachable site defers the
 * whole site for a short while, as the robots.txt standard (RFC 9309) asks.
 */
public final class RobotsRules {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsRules.class);
  /** How long an unreachable or failing robots.txt blocks its site before we ask again. */
  private static final Duration FAILURE_TTL = Duration.ofMinutes(10);

  /** Fetches one robots.txt; the caller decides about politeness. */
  @FunctionalInterface
  public interface Loader {
    FetchResponse load(String robotsUrl) throws FetchException, InterruptedException;
  }

  private record Cached(BaseRobotRules rules, Instant expires) {}

  private final FetchSettings settings;
  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public RobotsRules(FetchSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    parser.setMaxCrawlDelay(settings.maxCrawlDelay().toMillis());
  }

  /** The site key of a URL: {@code scheme://host:port}. */
  public static String siteOf(URI uri) {
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://"
        + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
  }

  /** The rules for the site of {@code uri}, loading its robots.txt when not cached or expired. */
  public BaseRobotRules rulesFor(URI uri, Loader loader) throws InterruptedException {
    String site = siteOf(uri);
    Cached cached = cache.get(site);
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cached.expires)) {
      return cached.rules;
    }
    String robotsUrl = site + "/robots.txt";
    BaseRobotRules rules;
    Duration ttl = settings.robotsTtl();
    try {
      FetchResponse response = loader.load(robotsUrl);
      rules = parser.parseContent(robotsUrl, response.body(), response.contentType(),
          List.of(settings.robotsAgent()));
    } catch (FetchException e) {
      int status = e.reason().startsWith("http-4") ? 404 : 503;
      rules = parser.failedFetch(status);
      if (status != 404) {
        ttl = FAILURE_TTL;
        LOG.warn("robots.txt of {} unavailable ({}: {}); deferring the site for {}", site, e.reason(),
            e.getMessage(), ttl);
      }
    }
    cache.put(site, new Cached(rules, now.plus(ttl)));
    return rules;
  }

  /** The pause between two requests to a site: the configured one, or robots.txt's Crawl-delay when longer. */
  public Duration delayFor(BaseRobotRules rules) {
    long robots = rules.getCrawlDelay();
    if (robots == BaseRobotRules.UNSET_CRAWL_DELAY || robots <= 0) {
      return settings.crawlDelay();
    }
    Duration asked = Duration.ofMillis(Math.min(robots, settings.maxCrawlDelay().toMillis()));
    return asked.compareTo(settings.crawlDelay()) > 0 ? asked : settings.crawlDelay();
  }
}
