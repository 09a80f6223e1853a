package vn.presswatch.ingest.testsupport;

import java.util.HashMap;
import java.util.Map;
import vn.presswatch.core.config.Settings;

/** Settings for tests: loopback allowed, short timeouts, no politeness pause unless a test asks for one. */
public final class TestSettings {
  private TestSettings() {}

  public static Settings with(String... keyValues) {
    Map<String, String> overrides = new HashMap<>(Map.of(
        "fetch.allow-private-addresses", "true",
        "fetch.crawl-delay", "PT0S",
        "fetch.retry-backoff", "PT0.01S",
        "fetch.request-timeout", "PT2S",
        "fetch.connect-timeout", "PT2S"));
    for (int i = 0; i < keyValues.length; i += 2) {
      overrides.put(keyValues[i], keyValues[i + 1]);
    }
    return Settings.defaults().with(overrides, "test");
  }
}
