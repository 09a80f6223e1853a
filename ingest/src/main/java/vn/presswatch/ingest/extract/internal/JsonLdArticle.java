package vn.presswatch.ingest.extract.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.presswatch.core.json.Json;

/**
 * The article described by a page's schema.org JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}
 * ...), found in top-level objects, arrays and {@code @graph}s. Fields missing from the page are "" or empty.
 *
 * @param headline headline
 * @param description description (usually the lead)
 * @param authors names of the authors that are people (organisations are the publisher, not a byline)
 * @param publisher publisher name
 * @param section first article section
 * @param keywords keywords, in order
 * @param datePublished publication date as written
 * @param dateModified modification date as written
 * @param url the article URL ({@code url} or {@code mainEntityOfPage})
 * @param language {@code inLanguage}
 * @param articleBody full body text, when the page publishes it
 */
public record JsonLdArticle(
    String headline,
    String description,
    List<String> authors,
    String publisher,
    String section,
    List<String> keywords,
    String datePublished,
    String dateModified,
    String url,
    String language,
    String articleBody) {
  private static final JsonLdArticle NONE =
      new JsonLdArticle("", "", List.of(), "", "", List.of(), "", "", "", "", "");
  private static final int MAX_DEPTH = 8;
  private static final int MAX_ENTITY_ROUNDS = 2;
  private static final ObjectReader LENIENT_READER =
      Json.mapper()
          .reader()
          .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .with(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .with(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .with(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .with(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);

  /** The first article object in {@code document}'s JSON-LD scripts; all-empty if there is none or none parses. */
  public static JsonLdArticle read(Document document) {
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode article = findArticle(parse(script.data()), 0);
      if (article != null) {
        return fromNode(article);
      }
    }
    return NONE;
  }

  private static JsonNode parse(String json) {
    try {
      return LENIENT_READER.readTree(json.trim());
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticleType(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText("").toLowerCase(Locale.ROOT);
    return name.endsWith("article") || name.endsWith("posting") || name.equals("report");
  }

  private static JsonLdArticle fromNode(JsonNode article) {
    return new JsonLdArticle(
        text(article.get("headline"), article.get("name")),
        text(article.get("description")),
        people(article.get("author")),
        text(article.path("publisher").get("name")),
        texts(article.get("articleSection")).stream().findFirst().orElse(""),
        keywords(article.get("keywords")),
        text(article.get("datePublished"), article.get("dateCreated")),
        text(article.get("dateModified")),
        text(article.get("url"), article.get("mainEntityOfPage"), article.path("mainEntityOfPage").get("@id")),
        text(article.get("inLanguage"), article.path("inLanguage").get("alternateName")),
        text(article.get("articleBody")));
  }

  /** The first of {@code nodes} that is a non-blank string (objects and arrays are skipped). */
  private static String text(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      if (node != null && node.isValueNode()) {
        String value = CleanText.normalise(withoutEntities(node.asText("")));
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return "";
  }

  /**
   * {@code value} with HTML character references decoded. Some templates write JSON-LD through their HTML escaper,
   * so strings arrive as "Ch&#237;nh s&#225;ch" (baochinhphu.vn) or even escaped twice, "Chi&amp;#7871;n s&amp;#7921;"
   * (tuoitre.vn): script text is never decoded by the HTML parser. Two rounds undo both.
   */
  static String withoutEntities(String value) {
    String decoded = value;
    for (int round = 0; round < MAX_ENTITY_ROUNDS && decoded.indexOf('&') >= 0; round++) {
      decoded = Parser.unescapeEntities(decoded, false);
    }
    return decoded;
  }

  private static List<String> texts(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      String value = text(item);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  private static List<String> people(JsonNode author) {
    Set<String> names = new LinkedHashSet<>();
    if (author == null) {
      return List.of();
    }
    for (JsonNode item : author.isArray() ? author : List.of(author)) {
      if (item.isValueNode()) {
        names.add(text(item));
      } else if (!item.path("@type").asText("").equalsIgnoreCase("Organization")) {
        names.add(text(item.get("name")));
      }
    }
    names.remove("");
    return List.copyOf(names);
  }

  private static List<String> keywords(JsonNode node) {
    Set<String> words = new LinkedHashSet<>();
    for (String value : texts(node)) {
      Arrays.stream(value.split("[,;]")).map(CleanText::normalise).filter(w -> !w.isEmpty()).forEach(words::add);
    }
    return List.copyOf(words);
  }
}
