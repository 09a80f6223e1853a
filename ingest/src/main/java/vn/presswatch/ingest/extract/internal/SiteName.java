package vn.presswatch.ingest.extract.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The publishing site's name and host, used to tell a site name from a byline and to strip "… - VnExpress" from
 * titles and descriptions.
 *
 * @param name the declared site or publisher name, or ""
 * @param host the page's host without "www.", or ""
 */
public record SiteName(String name, String host) {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-|–—:·»]+\\s+");
  private static final int MAX_SUFFIX_CHARS = 40;
  private static final int MIN_KEY_CHARS = 3;
  // Shorter host names ("vov", "nld", "plo") occur inside ordinary names too often to reject on containment.
  private static final int MIN_LABEL_CHARS = 5;
  private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*/\\s*");

  /** The site of a page at {@code url} calling itself {@code name}. */
  public static SiteName of(String name, String url) {
    String host = "";
    try {
      String parsed = url == null || url.isBlank() ? null : URI.create(url.trim()).getHost();
      host = parsed == null ? "" : parsed.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      // An unparsable URL only means the host cannot help recognise the site name.
    }
    return new SiteName(CleanText.normalise(name), host);
  }

  /** True if {@code text} is (nearly) the site name or the host: "VnExpress", "vnexpress.net", "Báo VnExpress". */
  public boolean matches(String text) {
    String key = CleanText.key(text);
    if (key.isEmpty()) {
      return false;
    }
    return overlaps(key, CleanText.key(name)) || overlaps(key, CleanText.key(host));
  }

  /**
   * True if {@code text} contains the host's name: "baotuoitre" (a Facebook handle) and "TUOI TRE ONLINE" on
   * tuoitre.vn. For bylines only: a headline may well contain the word ("Thanh niên tình nguyện" on thanhnien.vn).
   */
  public boolean mentionsHost(String text) {
    String label = hostLabel();
    return label.length() >= MIN_LABEL_CHARS && CleanText.key(text).contains(label);
  }

  /** The longest label of the host, which names the site: "tuoitre" for tuoitre.vn, "dantri" for dantri.com.vn. */
  private String hostLabel() {
    String longest = "";
    for (String label : host.split("\\.")) {
      if (label.length() > longest.length()) {
        longest = label;
      }
    }
    return CleanText.key(longest);
  }

  private static boolean overlaps(String key, String site) {
    if (site.length() < MIN_KEY_CHARS) {
      return false;
    }
    // Containment in either direction, but a short name inside a long site name ("An" in "thanhnien") is not enough.
    return (site.contains(key) && key.length() * 2 >= site.length()) || key.contains(site);
  }

  /** A byline without the parts naming the site: "Hoàng Ngọc/VOV.VN" → "Hoàng Ngọc". */
  public String stripFromByline(String byline) {
    List<String> kept = new ArrayList<>();
    for (String part : BYLINE_PARTS.split(CleanText.normalise(byline))) {
      if (!part.isEmpty() && !matches(part)) {
        kept.add(part);
      }
    }
    return String.join(" / ", kept);
  }

  /** {@code text} without a trailing (or leading) segment naming the site: "Tiêu đề - Tuổi Trẻ Online" → "Tiêu đề". */
  public String strip(String text) {
    String clean = CleanText.normalise(text);
    String[] parts = SEPARATOR.split(clean);
    if (parts.length < 2) {
      return clean;
    }
    String last = parts[parts.length - 1];
    if (last.length() <= MAX_SUFFIX_CHARS && matches(last)) {
      return clean.substring(0, clean.lastIndexOf(last)).replaceFirst("\\s+[-|–—:·»]+\\s*$", "").trim();
    }
    String first = parts[0];
    if (first.length() <= MAX_SUFFIX_CHARS && matches(first)) {
      return clean.substring(first.length()).replaceFirst("^\\s*[-|–—:·»]+\\s+", "").trim();
    }
    return clean;
  }
}
