package vn.presswatch.processing.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import vn.presswatch.core.json.Json;

/**
 * Reads a gold set: JSON lines with {@code "themes":["1.1","2.4"]} and either the article inline
 * ({@code id}, {@code title}, {@code lead}, {@code text}) or a reference to a text kept elsewhere:
 *
 * <ul>
 *   <li>{@code "source": "data/…/X.txt"}: a plain text file under the shared directory (UTF-8, or UTF-16 with a
 *       byte-order mark); its first non-empty line is the title, the rest the text;
 *   <li>{@code "source": "data/…/X.txt", "ref": "lines 12-48"}: lines 12 to 48 (counted from 1, both included) of a
 *       text file holding several articles one after another, such as a corpus sample without article boundaries;
 *       the first of those lines is the title, the rest the text;
 *   <li>{@code "source": "data/…/items.jsonl[.gz]", "ref": "<item id>"}: the item with that {@code id} in a JSON
 *       lines file of feed items; {@code title} is the title and {@code summary_html} (tags removed) the lead.
 * </ul>
 *
 * Keeping references lets a labelled set live in the repository without copying the texts it labels.
 */
public final class GoldSetReader {
  private static final Pattern LINE_RANGE = Pattern.compile("lines (\\d+)-(\\d+)");
  private final Path sharedDir;
  private final Map<Path, Map<String, JsonNode>> itemFiles = new HashMap<>();

  /** {@code sharedDir} is where {@code source} paths are resolved (the shared data directory). */
  public GoldSetReader(Path sharedDir) {
    this.sharedDir = sharedDir;
  }

  /** Reads every line of {@code gold}; a line that cannot be resolved fails with its line number. */
  public List<GoldArticle> read(Path gold) {
    ObjectMapper mapper = Json.mapper();
    List<GoldArticle> out = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parse(mapper.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(gold + " line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold set " + gold, e);
    }
    return out;
  }

  private GoldArticle parse(JsonNode node) throws IOException {
    JsonNode themes = node.get("themes");
    if (themes == null || !themes.isArray()) {
      throw new IllegalArgumentException("missing \"themes\" array (use [] for an article about no theme)");
    }
    Set<String> ids = new LinkedHashSet<>();
    themes.forEach(t -> ids.add(t.asText()));
    JsonNode source = node.get("source");
    ArticleInput article = source == null ? ArticleInput.fromJson(node) : resolve(node, source.asText());
    return new GoldArticle(article, ids);
  }

  private ArticleInput resolve(JsonNode node, String source) throws IOException {
    String id = node.path("id").asText(source);
    Path file = sharedDir.resolve(source).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("source " + source + " not found under " + sharedDir);
    }
    String ref = node.path("ref").asText("");
    if (source.endsWith(".txt")) {
      String text = (ref.isEmpty() ? readText(file) : lineRange(readText(file), ref)).strip();
      int nl = text.indexOf('\n');
      String title = nl < 0 ? text : text.substring(0, nl).strip();
      return ArticleInput.withDerivedLead(id, title, nl < 0 ? "" : text.substring(nl + 1));
    }
    JsonNode item = items(file).get(ref);
    if (item == null) {
      throw new IllegalArgumentException("no item with id " + ref + " in " + source);
    }
    return new ArticleInput(id, item.path("title").asText(""), stripTags(item.path("summary_html").asText("")), "");
  }

  private Map<String, JsonNode> items(Path file) throws IOException {
    Map<String, JsonNode> cached = itemFiles.get(file);
    if (cached != null) {
      return cached;
    }
    Map<String, JsonNode> byId = new HashMap<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode item = Json.mapper().readTree(line);
        byId.put(item.path("id").asText(), item);
      }
    }
    itemFiles.put(file, byId);
    return byId;
  }

  /** The lines {@code ref} ("lines FIRST-LAST", counted from 1, both included) name, joined by newlines. */
  static String lineRange(String text, String ref) {
    Matcher m = LINE_RANGE.matcher(ref);
    if (!m.matches()) {
      throw new IllegalArgumentException("ref " + ref + " is not \"lines FIRST-LAST\"");
    }
    int first = Integer.parseInt(m.group(1));
    int last = Integer.parseInt(m.group(2));
    String[] lines = text.split("\n", -1);
    if (first < 1 || last < first || last > lines.length) {
      throw new IllegalArgumentException("ref " + ref + " is outside the file's " + lines.length + " lines");
    }
    return String.join("\n", Arrays.asList(lines).subList(first - 1, last));
  }

  private static String readText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Charset cs = bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    return new String(bytes, cs).replace("\uFEFF", "").replace("\r", "");
  }

  /**
   * Feed summaries are HTML fragments; the classifier wants their text. Links are dropped with their text:
   * in these feeds they wrap the picture and the titles of other, related articles.
   */
  static String stripTags(String html) {
    return html.replaceAll("(?s)<a\\b[^>]*>.*?</a>", " ")
        .replaceAll("<[^>]*>", " ")
        .replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }
}
