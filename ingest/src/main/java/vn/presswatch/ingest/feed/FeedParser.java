package vn.presswatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import vn.presswatch.ingest.extract.PublishedDates;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom with Rome. The character set comes from the BOM or the XML prolog, then from
 * the bytes themselves (valid UTF-8), and only then from the Content-Type header ({@link #charsetHint}); DTDs are
 * refused. Item dates are read by {@link PublishedDates} from the raw text (Rome's reading is the fallback). Links are trimmed and resolved against
 * the feed URL, text is plain and NFC. Entries without a date are kept with a null date.
 */
public final class FeedParser {
  /** Date elements in order of preference: RSS, Atom, Dublin Core. */
  private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "updated", "issued");
  private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
  private static final Pattern PROLOG_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=");
  private FeedParser() {}

  /**
   * @param body the response body
   * @param contentType the Content-Type header, may be null
   * @param feedUrl where the feed was fetched from, to resolve relative links
   * @throws FeedParseException {@code not-a-feed} for HTML and other non-feed documents, {@code malformed-feed} for
   *     broken XML
   */
  public static ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
    if (looksLikeHtml(body)) {
      throw new FeedParseException("not-a-feed", "an HTML page, not a feed", null);
    }
    SyndFeed feed;
    List<String> rawDates;
    try {
      Document document = document(body, contentType);
      rawDates = rawDates(document);
      feed = new SyndFeedInput().build(document);
    } catch (IllegalArgumentException e) {
      throw new FeedParseException("not-a-feed", String.valueOf(e.getMessage()), e);
    } catch (FeedException | JDOMException | IOException e) {
      throw new FeedParseException("malformed-feed", String.valueOf(e.getMessage()), e);
    }
    // Rome's dates are used only when the raw text is not readable: Rome misreads two-digit years and does not know
    // the forms Vietnamese feeds use (Tuổi Trẻ's "7/20/2026 6:25:00 AM"), which PublishedDates does.
    boolean aligned = rawDates.size() == feed.getEntries().size();
    List<FeedItem> items = new ArrayList<>();
    Set<String> urls = new LinkedHashSet<>();
    int skipped = 0;
    for (int i = 0; i < feed.getEntries().size(); i++) {
      SyndEntry entry = feed.getEntries().get(i);
      String url = resolve(feedUrl, entry.getLink() != null ? entry.getLink() : entry.getUri());
      if (url == null) {
        skipped++;
        continue;
      }
      if (urls.add(url)) {
        Date romeDate = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Instant date = Optional.ofNullable(aligned ? rawDates.get(i) : null).flatMap(PublishedDates::parse)
            .orElse(romeDate == null ? null : romeDate.toInstant());
        items.add(new FeedItem(url, text(entry.getTitle()), text(description(entry)), date));
      }
    }
    return new ParsedFeed(feed.getFeedType(), text(feed.getTitle()), List.copyOf(items), skipped);
  }

  /**
   * Reads the XML. Feeds written by hand-made templates often use HTML's named entities ({@code &nbsp;},
   * {@code &ndash;}, Vietnamese letters as {@code &ocirc;}) that XML does not declare: such a document is read again
   * with each of them written as the character it names, rather than losing every item of the feed.
   */
  private static Document document(byte[] body, String contentType) throws JDOMException, IOException {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), charsetHint(body, contentType), true)) {
      return secureBuilder().build(reader);
    } catch (JDOMException e) {
      if (!String.valueOf(e.getMessage()).contains("was referenced, but not declared")) {
        throw e;
      }
      StringWriter text = new StringWriter();
      try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), charsetHint(body, contentType), true)) {
        reader.transferTo(text);
      }
      return secureBuilder().build(new StringReader(withHtmlEntitiesResolved(text.toString())));
    }
  }

  /** Replaces HTML named entities other than XML's five by numeric references; an unknown one becomes its text. */
  static String withHtmlEntitiesResolved(String xml) {
    return NAMED_ENTITY.matcher(xml).replaceAll(m -> {
      String name = m.group(1);
      if (XML_ENTITIES.contains(name)) {
        return m.group();
      }
      String chars = Entities.getByName(name);
      if (chars.isEmpty()) {
        return "&amp;" + name + ";";
      }
      StringBuilder refs = new StringBuilder();
      chars.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
      return refs.toString();
    });
  }

  /**
   * The Content-Type to give Rome's reader. Outlets often send a charset header that contradicts the document, so the
   * document wins: with a BOM or an encoding in the XML prolog the header is ignored (null); without either, a body
   * that is valid UTF-8 is read as UTF-8 whatever the header says, and only otherwise does the header's charset apply.
   */
  static String charsetHint(byte[] body, String contentType) {
    String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
    boolean bom = body.length >= 2 && ((body[0] & 0xff) == 0xef || (body[0] & 0xff) == 0xfe
        || (body[0] & 0xff) == 0xff);
    if (bom || PROLOG_ENCODING.matcher(head).find()) {
      return null;
    }
    if (isUtf8(body)) {
      return "application/xml; charset=UTF-8";
    }
    return contentType;
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A JDOM builder that refuses DTDs and does not expand entities (no XXE, no billion laughs). */
  private static SAXBuilder secureBuilder() {
    SAXBuilder builder = new SAXBuilder();
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setExpandEntities(false);
    return builder;
  }

  /** The raw date text of every item or entry, in document order; null for one without a date element. */
  private static List<String> rawDates(Document document) {
    List<String> dates = new ArrayList<>();
    Element root = document.getRootElement();
    List<Element> containers = new ArrayList<>(List.of(root));
    root.getChildren().stream().filter(c -> c.getName().equals("channel")).forEach(containers::add);
    for (Element container : containers) {
      for (Element item : container.getChildren()) {
        if (item.getName().equals("item") || item.getName().equals("entry")) {
          dates.add(DATE_ELEMENTS.stream()
              .flatMap(name -> item.getChildren().stream().filter(c -> c.getName().equals(name)))
              .map(Element::getTextTrim).filter(t -> !t.isEmpty()).findFirst().orElse(null));
        }
      }
    }
    return dates;
  }

  private static String description(SyndEntry entry) {
    SyndContent d = entry.getDescription();
    return d == null ? null : d.getValue();
  }

  /** Plain NFC text: markup removed, whitespace collapsed. */
  static String text(String markup) {
    if (markup == null || markup.isBlank()) {
      return "";
    }
    String plain = markup.indexOf('<') >= 0 || markup.indexOf('&') >= 0 ? Jsoup.parse(markup).text() : markup;
    return Normalizer.normalize(plain.replaceAll("\\s+", " ").trim(), Normalizer.Form.NFC);
  }

  private static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI resolved = URI.create(base).resolve(link.trim().replace(" ", "%20"));
      String scheme = resolved.getScheme();
      return "http".equals(scheme) || "https".equals(scheme) ? resolved.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(java.util.Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
