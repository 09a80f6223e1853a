package vn.presswatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page, looked up by their {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv} (case-insensitive), in document order.
 */
public final class MetaTags {
  private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};
  private final Map<String, List<String>> contents = new HashMap<>();

  /** Reads every meta tag of {@code document}. */
  public MetaTags(Document document) {
    for (Element meta : document.getElementsByTag("meta")) {
      String content = CleanText.normalise(meta.hasAttr("content") ? meta.attr("content") : meta.attr("value"));
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : KEY_ATTRIBUTES) {
        String key = meta.attr(attribute).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          contents.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
  }

  /** The content of the first tag with the first of {@code keys} that is present, or "". */
  public String first(String... keys) {
    for (String key : keys) {
      List<String> values = contents.get(key);
      if (values != null) {
        return values.get(0);
      }
    }
    return "";
  }

  /** Every content for {@code key}, in document order. */
  public List<String> all(String key) {
    return contents.getOrDefault(key, List.of());
  }
}
