package vn.presswatch.core.outlet;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One RSS or Atom feed of an outlet.
 *
 * @param url feed URL
 * @param section the outlet section this feed covers, may be null
 * @param disabled why this feed is not crawled (for example "302 redirect loop without a cookie"), null when enabled
 */
public record Feed(String url, String section, @JsonProperty("disabled") String disabled) {
  public boolean enabled() {
    return disabled == null || disabled.isBlank();
  }
}
