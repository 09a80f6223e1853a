package vn.presswatch.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleIds;

/**
 * Real Vietnamese news texts to push through the pipeline: every {@code .txt} file of a directory (first line the
 * title, the rest the body; UTF-8 or UTF-16 with a BOM), turned into as many distinct articles as asked for, spread
 * over outlets and over the days of one month (May 2019), as a live crawl is.
 */
public final class BenchCorpus {
  private static final Instant MONTH_START = Instant.parse("2019-04-30T17:00:00Z");
  private static final long MONTH_SECONDS = 31L * 24 * 3600;

  private record Text(String title, String body) {}

  private final List<Text> texts;

  private BenchCorpus(List<Text> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no usable .txt article in the corpus directory");
    }
    this.texts = texts;
  }

  /**
   * @throws IllegalArgumentException when the directory has no text with a title and a body
   */
  public static BenchCorpus load(Path dir) {
    List<Text> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = decode(Files.readAllBytes(f)).replace("\r", "").strip();
        int nl = text.indexOf('\n');
        if (nl > 0 && text.length() - nl > 200) {
          texts.add(new Text(text.substring(0, nl).strip(), text.substring(nl + 1).strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + dir, e);
    }
    return new BenchCorpus(texts);
  }

  private static String decode(byte[] bytes) {
    boolean utf16 = bytes.length > 1 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    Charset cs = utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    String s = new String(bytes, cs);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  public int size() {
    return texts.size();
  }

  /** The {@code n}-th article: text {@code n mod size}, one of {@code outlets} outlets, a day of May 2019. */
  public Article article(long n, int outlets, Instant fetchedAt) {
    Text t = texts.get((int) (n % texts.size()));
    String outlet = "bench-" + (n % outlets);
    String url = "https://" + outlet + ".example/" + n + ".html";
    int split = t.body().indexOf('\n');
    String lead = split > 0 ? t.body().substring(0, split) : "";
    String body = split > 0 ? t.body().substring(split + 1) : t.body();
    Instant published = MONTH_START.plusSeconds((n * 7919L) % MONTH_SECONDS);
    return new Article(Article.SCHEMA_VERSION, ArticleIds.forUrl(url), outlet, url, url, t.title(), lead, body, null,
        null, List.of(), "vi", published, null, fetchedAt, null, null, null);
  }
}
