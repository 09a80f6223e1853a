package vn.presswatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import vn.presswatch.cli.bench.BenchCorpus;
import vn.presswatch.core.article.Article;
import vn.presswatch.ingest.replay.ReplayServer;

/**
 * Writes a replay directory (see {@link ReplayServer}) in which each outlet's feeds list article pages rendered from
 * real Vietnamese news texts ({@link BenchCorpus} over the shared VNTC sample): one host directory per outlet, an
 * {@code outlets.yaml} with relative feed URLs. The crawler then reads these pages through its real extractor.
 */
final class ArticleSite {
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final Path dir;
  private final Map<String, List<String>> feedsByOutlet = new LinkedHashMap<>();
  private final Map<String, String> hostByOutlet = new LinkedHashMap<>();

  private ArticleSite(Path dir) {
    this.dir = dir;
  }

  /** The shared corpus of real texts; the calling test needs {@code presswatch.shared.dir}. */
  static BenchCorpus corpus() {
    String shared = System.getProperty("presswatch.shared.dir", "../../shared");
    return BenchCorpus.load(Path.of(shared, "data", "vn-news", "texts", "VNTC-sample"));
  }

  /**
   * Writes {@code articles} as pages at their own URL's host and path, listed by feeds of at most {@code perFeed}
   * items per outlet, and {@code outlets.yaml}.
   */
  static ArticleSite write(Path dir, List<Article> articles, int perFeed) {
    ArticleSite site = new ArticleSite(dir);
    Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
    for (Article a : articles) {
      byOutlet.computeIfAbsent(a.outlet(), o -> new ArrayList<>()).add(a);
      site.writeFile(site.pathOf(a.url()), page(a));
    }
    byOutlet.forEach((outlet, list) -> {
      String host = URI.create(list.get(0).url()).getHost();
      site.hostByOutlet.put(outlet, host);
      for (int from = 0, n = 0; from < list.size(); from += perFeed, n++) {
        String feed = host + "/rss/feed-" + n + ".rss";
        site.writeFile(feed, rss(list.subList(from, Math.min(list.size(), from + perFeed))));
        site.feedsByOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).add(feed);
      }
    });
    site.writeFile("outlets.yaml", site.outletsYaml(ReplayServer.BASE_PLACEHOLDER));
    return site;
  }

  /** Adds an extra feed to an outlet (written as is), for hostile inputs; call before {@link #outletsFile}. */
  void addFeed(String outlet, String relativePath, byte[] body) {
    writeFile(relativePath, body);
    feedsByOutlet.get(outlet).add(relativePath);
    writeFile("outlets.yaml", outletsYaml(ReplayServer.BASE_PLACEHOLDER));
  }

  /** An outlets file with absolute feed URLs on {@code baseUrl}, for a crawler in another process. */
  Path outletsFile(String baseUrl) {
    Path file = dir.resolveSibling(dir.getFileName() + "-outlets.yaml");
    try {
      return Files.writeString(file, outletsYaml(baseUrl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }

  private String outletsYaml(String base) {
    StringBuilder yaml = new StringBuilder("outlets:\n");
    feedsByOutlet.forEach((outlet, feeds) -> {
      yaml.append("  - id: ").append(outlet).append("\n    name: ").append(outlet)
          .append("\n    homepage: https://").append(hostByOutlet.get(outlet)).append("/\n    language: vi\n")
          .append("    kind: central\n    feeds:\n");
      feeds.forEach(f -> yaml.append("      - url: ").append(base).append('/').append(f).append('\n'));
    });
    return yaml.toString();
  }

  private String pathOf(String url) {
    URI u = URI.create(url);
    return u.getHost() + u.getPath();
  }

  private void writeFile(String relative, String text) {
    writeFile(relative, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void writeFile(String relative, byte[] body) {
    Path file = dir.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An article page as Vietnamese outlets lay them out: canonical link, publication time, headline, sapo, body. */
  static String page(Article a) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : a.text().split("\n")) {
      if (!paragraph.isBlank()) {
        body.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>\n");
      }
    }
    return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + Entities.escape(a.title())
        + "</title>\n<link rel=\"canonical\" href=\"" + a.canonicalUrl() + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + a.publishedAt() + "\">\n</head><body>\n"
        + "<header><nav><a href=\"/\">Trang chủ</a> <a href=\"/chinh-tri\">Chính trị</a></nav></header>\n"
        + "<article><h1>" + Entities.escape(a.title()) + "</h1>\n<p class=\"sapo\"><strong>"
        + Entities.escape(a.lead()) + "</strong></p>\n" + body + "</article>\n"
        + "<footer>Bản quyền thuộc về tòa soạn.</footer></body></html>\n";
  }

  /** Text escaped for XML (HTML's named entities such as {@code &nbsp;} are not XML). */
  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String rss(List<Article> items) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Tin mới nhất</title><link>https://example.vn/</link><description>Tin mới</description>\n");
    for (Article a : items) {
      rss.append("<item><title>").append(xml(a.title())).append("</title><link>").append(a.url())
          .append("</link><guid>").append(a.url()).append("</guid><pubDate>")
          .append(RFC_822.format(a.publishedAt())).append("</pubDate></item>\n");
    }
    return rss.append("</channel></rss>\n").toString();
  }
}
