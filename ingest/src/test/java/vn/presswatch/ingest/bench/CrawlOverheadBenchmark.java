package vn.presswatch.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import vn.presswatch.core.config.Settings;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletKind;
import vn.presswatch.ingest.CrawlReport;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.ExtractingPageReader;
import vn.presswatch.core.time.Sleeper;
import vn.presswatch.ingest.publish.InMemoryArticleSink;
import vn.presswatch.ingest.testsupport.TestWebServer;
import vn.presswatch.core.io.Directories;

/**
 * Crawler overhead per article, politeness waits excluded: a loopback server serves one feed listing N copies of a
 * real VnExpress article page (from {@code presswatch.shared.dir}), each under its own canonical URL; the real crawler (robots.txt, fetch, WARC,
 * decoding, extraction, fingerprint, dedup, in-memory sink, state save) crawls it with {@code fetch.crawl-delay: 0},
 * and the time it spent waiting for the host is subtracted anyway. Prints one line per run: wall-clock overhead per
 * article and CPU time per article (whole JVM, loopback server included), with and without WARC archiving.
 *
 * <p>Run: {@code ./mvnw -B -q -pl ingest test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.presswatch.ingest.bench.CrawlOverheadBenchmark -Dexec.args="500 5"} (pages per run, runs; the
 * first run is warm-up). Results: {@code docs/benchmarks.md}, "Crawler overhead".
 */
public final class CrawlOverheadBenchmark {
  private static final String CANONICAL =
      "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html";
  private CrawlOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    byte[] page = vnexpressPage();
    System.out.printf("page %d bytes, %d pages per run, %d runs (first is warm-up), %d cores, Java %s%n",
        page.length, pages, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (String warc : List.of("true", "false")) {
      for (int run = 0; run < runs; run++) {
        measure(page, pages, run, warc);
      }
    }
  }

  private static void measure(byte[] page, int pages, int run, String warc) throws Exception {
    Path home = Files.createTempDirectory("presswatch-bench");
    try (TestWebServer web = new TestWebServer()) {
      StringBuilder items = new StringBuilder();
      String html = new String(page, StandardCharsets.UTF_8);
      for (int i = 0; i < pages; i++) {
        // Each copy gets its own canonical URL, as distinct articles have; their texts stay equal (duplicates).
        web.serve("/tin/" + i + ".html", "text/html; charset=utf-8",
            html.replace(CANONICAL, "https://vnexpress.net/bench-" + i + ".html").getBytes(StandardCharsets.UTF_8));
        items.append("<item><title>Tin ").append(i).append("</title><link>").append(web.url("/tin/" + i + ".html"))
            .append("</link><pubDate>Wed, 22 Oct 2025 14:00:00 +0700</pubDate></item>");
      }
      web.serve("/rss.xml", "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
          + "<channel><title>Bench</title><link>" + web.url("/") + "</link><description>d</description>" + items
          + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
      Settings settings = Settings.defaults().with(java.util.Map.of(
          "fetch.allow-private-addresses", "true",
          "fetch.crawl-delay", "PT0S",
          "crawl.max-items-per-feed", String.valueOf(pages),
          "crawl.warc", warc), "benchmark");
      Outlet outlet = new Outlet("bench", "Bench", web.url("/"), "vi", OutletKind.OTHER,
          List.of(new Feed(web.url("/rss.xml"), null, null)), List.of(), null, null);
      InMemoryArticleSink sink = new InMemoryArticleSink();
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      CrawlReport report;
      try (CrawlService crawler = new CrawlService(settings, List.of(outlet), home, sink, new ExtractingPageReader(),
          Clock.systemUTC(), Sleeper.SYSTEM)) {
        report = crawler.crawlOnce();
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      // CPU time of the whole JVM (crawler and loopback server): steadier than wall time on a shared machine.
      double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6;
      Duration busy = wall.minus(report.politenessWait());
      System.out.printf("warc=%s run %d%s: %d published, wall %d ms, politeness wait %d ms, "
              + "overhead %.2f ms/article, %.0f articles/s, CPU %.2f ms/article%n",
          warc, run, run == 0 ? " (warm-up)" : "", report.published(), wall.toMillis(),
          report.politenessWait().toMillis(), busy.toNanos() / 1e6 / report.published(),
          report.published() / (busy.toNanos() / 1e9), cpuMs / report.published());
    } finally {
      Directories.deleteTree(home);
    }
  }

  private static byte[] vnexpressPage() throws IOException {
    Path file = Path.of(System.getProperty("presswatch.shared.dir", "../../shared"),
        "data/vn-news/html/fundus/VnExpress_2025_10_22.html.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
