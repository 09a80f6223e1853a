package vn.presswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans article URLs into a stable form for display and de-duplication: the fragment and tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, Zalo's {@code zarsrc} and {@code gidzl}, VnExpress's {@code vn_*}
 * and {@code itm_*}...) are removed, scheme and host are lower-cased and a default port is dropped. Other parameters
 * keep their order. Works on strings, so URLs that {@link java.net.URI} rejects (spaces, Vietnamese letters) are
 * cleaned too.
 */
public final class CanonicalUrls {
  private static final Set<String> TRACKING_PARAMETERS =
      Set.of(
          "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga",
          "_gl", "zarsrc", "gidzl", "zalo_source", "ref_src", "ref_url", "cmpid", "icid", "ocid", "spm",
          "fb_action_ids", "fb_action_types", "fb_source", "fb_ref", "s_cid", "mkt_tok", "oly_enc_id", "oly_anon_id",
          "vero_id", "wickedid", "_hsenc", "_hsmi", "hsctatracking", "vn_source", "vn_medium", "vn_campaign",
          "vn_term", "vn_content", "itm_source", "itm_medium", "itm_campaign", "itm_term", "itm_content");
  private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_");
  private static final Pattern SCHEME_AND_AUTHORITY =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)(.*)$", Pattern.DOTALL);

  private CanonicalUrls() {}

  /**
   * The clean form of {@code url}; "" for null or blank.
   *
   * <p>Example: {@code HTTPS://VnExpress.net:443/a-1.html?utm_source=fb&id=2#box} → {@code
   * https://vnexpress.net/a-1.html?id=2}.
   */
  public static String clean(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String trimmed = url.trim();
    int hash = trimmed.indexOf('#');
    String withoutFragment = hash >= 0 ? trimmed.substring(0, hash) : trimmed;
    int question = withoutFragment.indexOf('?');
    String base = question >= 0 ? withoutFragment.substring(0, question) : withoutFragment;
    String query = question >= 0 ? withoutFragment.substring(question + 1) : "";
    String keptQuery = withoutTracking(query);
    return normaliseAuthority(base) + (keptQuery.isEmpty() ? "" : "?" + keptQuery);
  }

  private static String withoutTracking(String query) {
    List<String> kept = new ArrayList<>();
    for (String parameter : query.split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      String name = (equals >= 0 ? parameter.substring(0, equals) : parameter).toLowerCase(Locale.ROOT);
      if (!isTracking(name)) {
        kept.add(parameter);
      }
    }
    return String.join("&", kept);
  }

  private static boolean isTracking(String name) {
    if (TRACKING_PARAMETERS.contains(name)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String normaliseAuthority(String base) {
    Matcher m = SCHEME_AND_AUTHORITY.matcher(base);
    if (!m.matches()) {
      return base;
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String authority = m.group(2);
    int at = authority.lastIndexOf('@');
    String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
    String hostPort = authority.substring(at + 1).toLowerCase(Locale.ROOT);
    if ((scheme.equals("https") && hostPort.endsWith(":443")) || (scheme.equals("http") && hostPort.endsWith(":80"))) {
      hostPort = hostPort.substring(0, hostPort.lastIndexOf(':'));
    }
    String path = m.group(3).isEmpty() ? "/" : m.group(3);
    return scheme + "://" + userInfo + hostPort + path;
  }
}
