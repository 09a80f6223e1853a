package vn.presswatch.ingest.fetch;

import vn.presswatch.core.time.Sleeper;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;

/**
 * The crawler's only way to the web: checks robots.txt, waits for the host's turn ({@link HostPoliteness}), then
 * fetches with {@link HttpFetcher}. Thread-safe; one instance per crawl.
 */
public final class PoliteFetcher {
  private final FetchSettings settings;
  private final HttpFetcher http;
  private final RobotsRules robots;
  private final HostPoliteness politeness;

  public PoliteFetcher(FetchSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.http = new HttpFetcher(settings, sleeper, clock);
    this.robots = new RobotsRules(settings, clock);
    this.politeness = new HostPoliteness(clock, sleeper);
  }

  /**
   * GETs {@code url} if robots.txt allows it, politely.
   *
   * @throws FetchException {@code robots-disallowed} or any reason of {@link HttpFetcher#get}
   */
  public FetchResponse get(String url, Validators validators) throws FetchException, InterruptedException {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new FetchException("bad-url", url, "not a URL: " + e.getMessage());
    }
    if (uri.getHost() == null || uri.getScheme() == null) {
      throw new FetchException("bad-url", url, "not an absolute http(s) URL");
    }
    String site = RobotsRules.siteOf(uri);
    // robots.txt itself is fetched politely too, with the default pause since its rules are not known yet.
    BaseRobotRules rules =
        robots.rulesFor(uri, robotsUrl -> politely(site, robotsUrl, Validators.NONE, settings.crawlDelay()));
    if (!rules.isAllowed(uri.toString())) {
      throw new FetchException("robots-disallowed", url, "robots.txt of " + site + " disallows it");
    }
    return politely(site, uri.toString(), validators, robots.delayFor(rules));
  }

  private FetchResponse politely(String site, String url, Validators validators, Duration delay)
      throws FetchException, InterruptedException {
    try (HostPoliteness.Turn turn = politeness.acquire(site, delay)) {
      return http.get(url, validators);
    }
  }

  /** Time spent waiting for hosts' turns so far. */
  public Duration politenessWait() {
    return politeness.totalWait();
  }
}
