package vn.presswatch.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.outlet.OutletSelectors;
import vn.presswatch.ingest.extract.internal.AuthorFinder;
import vn.presswatch.ingest.extract.internal.BodyFilter;
import vn.presswatch.ingest.extract.internal.BoilerplateRemover;
import vn.presswatch.ingest.extract.internal.CleanText;
import vn.presswatch.ingest.extract.internal.ContentScorer;
import vn.presswatch.ingest.extract.internal.CssQueries;
import vn.presswatch.ingest.extract.internal.Headline;
import vn.presswatch.ingest.extract.internal.JsonLdArticle;
import vn.presswatch.ingest.extract.internal.LanguageGuesser;
import vn.presswatch.ingest.extract.internal.Lead;
import vn.presswatch.ingest.extract.internal.MetaTags;
import vn.presswatch.ingest.extract.internal.PageDates;
import vn.presswatch.ingest.extract.internal.Paragraph;
import vn.presswatch.ingest.extract.internal.ParagraphWriter;
import vn.presswatch.ingest.extract.internal.SiteName;

/**
 * Reads an article page: title, lead (sapo), body text, author, section, tags, canonical URL, dates and language.
 *
 * <p>Per-outlet {@link OutletSelectors} are tried first, field by field; everything else comes from generic
 * extraction tuned on Vietnamese news sites but not tied to any of them: metadata (JSON-LD, Open Graph, Dublin Core,
 * {@code itemprop}), then the page itself, with the main text found by scoring the DOM. See {@code docs/extraction.md}.
 *
 * <p>Stateless and thread-safe: create one and share it. {@link #extract} never throws; a page it cannot read gives
 * empty fields and the caller decides what to drop.
 */
public final class ArticleExtractor {
  /** Pages are cut at this many characters; real articles are far shorter, and parsing time stays bounded. */
  public static final int MAX_HTML_CHARS = 3_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("<(script|style)\\b([^>]*)>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final int MIN_BODY_CHARS = 200;
  private static final int MAX_REMOVED_ELEMENT_CHARS = 3000;
  private static final int LANGUAGE_SAMPLE_CHARS = 3000;

  /**
   * Extracts one page.
   *
   * @param html the decoded page (see {@link HtmlDecoding}); null or empty gives an empty page
   * @param url the page URL, used to resolve relative links and as the canonical URL of last resort; may be null
   * @param selectors the outlet's selectors, or {@link OutletSelectors#NONE}; null means none
   */
  public ExtractedPage extract(String html, String url, OutletSelectors selectors) {
    try {
      return extractOrThrow(html, url, selectors == null ? OutletSelectors.NONE : selectors);
    } catch (RuntimeException | StackOverflowError e) {
      // One hostile page (pathological nesting reaching a recursive library path) must not stop a crawl.
      LOG.warn("Could not extract {}: {}", url, e.toString());
      return ExtractedPage.empty(url);
    }
  }

  private ExtractedPage extractOrThrow(String html, String url, OutletSelectors selectors) {
    if (html == null || html.isBlank()) {
      return ExtractedPage.empty(url);
    }
    Document document = Jsoup.parse(bounded(html, url), url == null ? "" : url);
    MetaTags meta = new MetaTags(document);
    JsonLdArticle jsonLd = JsonLdArticle.read(document);
    SiteName site =
        SiteName.of(
            CleanText.firstNonBlank(meta.first("og:site_name", "application-name"), jsonLd.publisher()), url);

    Headline headline = Headline.find(document, meta, jsonLd, selectors.title(), site);
    Lead lead = Lead.find(document, meta, jsonLd, selectors.lead(), headline, site);
    String author = AuthorFinder.find(document, meta, jsonLd, selectors.author(), headline, site);
    Instant published = publishedAt(document, meta, jsonLd, url, headline, selectors.date());
    Instant modified = PageDates.modified(meta, jsonLd, document);
    String canonical = canonicalUrl(document, meta, jsonLd, url);
    String declaredLanguage = declaredLanguage(document, meta, jsonLd);
    String section = section(document, meta, jsonLd);
    List<String> tags = tags(meta, jsonLd);

    removeFromBody(headline.element());
    removeFromBody(lead.element());
    List<Paragraph> rendered = ParagraphWriter.render(bodyRoots(document, selectors.body()));
    BodyFilter.Body body = BodyFilter.filter(rendered, headline.text(), lead.text(), author);
    String text = String.join("\n\n", body.paragraphs());
    if (text.length() < MIN_BODY_CHARS && jsonLd.articleBody().length() > text.length()) {
      text = jsonLd.articleBody();
    }
    String language = LanguageGuesser.guess(declaredLanguage, languageSample(headline.text(), lead.text(), text));
    return new ExtractedPage(
        headline.text(),
        body.fullLead().isEmpty() ? lead.text() : body.fullLead(),
        text,
        site.stripFromByline(author.isEmpty() ? body.byline() : author),
        section,
        tags,
        canonical,
        published,
        modified,
        language);
  }

  /**
   * The page, at most {@link #MAX_HTML_CHARS} long: an oversized page first loses its inline scripts and styles
   * (usually what makes it huge; JSON-LD is kept), then its tail.
   */
  private static String bounded(String html, String url) {
    if (html.length() <= MAX_HTML_CHARS) {
      return html;
    }
    StringBuilder kept = new StringBuilder(MAX_HTML_CHARS);
    Matcher m = SCRIPT_OR_STYLE.matcher(html);
    while (m.find()) {
      m.appendReplacement(kept, m.group(2) != null && m.group(2).contains("ld+json") ? "$0" : "");
    }
    m.appendTail(kept);
    LOG.debug("Page {} of {} characters is {} without scripts and styles", url, html.length(), kept.length());
    return kept.length() <= MAX_HTML_CHARS ? kept.toString() : kept.substring(0, MAX_HTML_CHARS);
  }

  private static Instant publishedAt(
      Document document, MetaTags meta, JsonLdArticle jsonLd, String url, Headline headline, String selector) {
    Element selected = CssQueries.firstWithText(document, selector);
    if (selected != null) {
      Instant printed =
          PageDates.firstParsed(selected.attr("datetime"), selected.attr("content"), selected.text()).orElse(null);
      if (printed != null) {
        return printed;
      }
    }
    return PageDates.published(document, meta, jsonLd, url, headline.element());
  }

  /** The outlet's body elements, cleaned; else the scored main content of the cleaned page. */
  private static List<Element> bodyRoots(Document document, String selector) {
    List<Element> selected = CssQueries.all(document, selector);
    if (!selected.isEmpty()) {
      selected.forEach(BoilerplateRemover::clean);
      return selected;
    }
    BoilerplateRemover.clean(document.body());
    return ContentScorer.mainContent(document.body());
  }

  /** Takes the headline or lead element out of the page so the body cannot repeat it. */
  private static void removeFromBody(Element element) {
    // A selector that matched a whole container must not take the body with it.
    if (element != null && element.parent() != null && element.text().length() <= MAX_REMOVED_ELEMENT_CHARS) {
      element.remove();
    }
  }

  private static String canonicalUrl(Document document, MetaTags meta, JsonLdArticle jsonLd, String url) {
    Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
    String linked = link == null ? "" : CleanText.firstNonBlank(link.absUrl("href"), link.attr("href"));
    return CanonicalUrls.clean(CleanText.firstNonBlank(linked, meta.first("og:url"), jsonLd.url(), url));
  }

  private static String declaredLanguage(Document document, MetaTags meta, JsonLdArticle jsonLd) {
    Element html = document.selectFirst("html");
    return CleanText.firstNonBlank(
        html == null ? "" : html.attr("lang"),
        html == null ? "" : html.attr("xml:lang"),
        meta.first("content-language", "og:locale", "inlanguage", "language", "dc.language"),
        jsonLd.language());
  }

  private static String section(Document document, MetaTags meta, JsonLdArticle jsonLd) {
    String declared = CleanText.firstNonBlank(jsonLd.section(), meta.first("article:section", "articlesection"));
    if (!declared.isEmpty()) {
      return declared;
    }
    List<Element> crumbs = document.select("[class*=breadcrumb] a, [itemtype*=BreadcrumbList] a");
    return crumbs.isEmpty() ? "" : CleanText.normalise(crumbs.get(crumbs.size() - 1).text());
  }

  private static List<String> tags(MetaTags meta, JsonLdArticle jsonLd) {
    Set<String> tags = new LinkedHashSet<>(jsonLd.keywords());
    meta.all("article:tag").forEach(tag -> tags.addAll(split(tag)));
    if (tags.isEmpty()) {
      tags.addAll(split(meta.first("news_keywords", "keywords")));
    }
    return new ArrayList<>(tags);
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split("[,;]")).map(CleanText::normalise).filter(s -> !s.isEmpty()).toList();
  }

  private static String languageSample(String title, String lead, String text) {
    String sample = title + " " + lead + " " + text;
    return sample.length() > LANGUAGE_SAMPLE_CHARS ? sample.substring(0, LANGUAGE_SAMPLE_CHARS) : sample;
  }
}
