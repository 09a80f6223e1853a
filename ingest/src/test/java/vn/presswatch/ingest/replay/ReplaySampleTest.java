package vn.presswatch.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.ingest.CrawlReport;
import vn.presswatch.ingest.CrawlService;
import vn.presswatch.ingest.ExtractingPageReader;
import vn.presswatch.ingest.publish.InMemoryArticleSink;
import vn.presswatch.ingest.testsupport.FakeClock;
import vn.presswatch.ingest.testsupport.TestSettings;

/** The shipped replay sample ({@code infra/samples/replay}) through the real crawler and extractor. */
class ReplaySampleTest {
  static final Path SAMPLE = Path.of(System.getProperty("basedir", ".")).resolve("../infra/samples/replay").normalize();

  @TempDir Path home;

  @Test
  void onePassPublishesTheSampleAndDeadLettersItsBrokenFeedAndPage() throws Exception {
    InMemoryArticleSink sink = new InMemoryArticleSink();
    FakeClock clock = new FakeClock(Instant.parse("2026-11-25T03:00:00Z"));
    CrawlReport report;
    try (ReplayServer replay = ReplayServer.start(SAMPLE);
        CrawlService crawler = new CrawlService(TestSettings.with(), replay.outlets(), home, sink,
            new ExtractingPageReader(), clock, clock.sleeper())) {
      report = crawler.crawlOnce();
    }
    assertThat(report.feedsPolled()).isEqualTo(4);
    assertThat(report.published()).isEqualTo(11);
    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(sink.deadLetters()).extracting(DeadLetter::reason).containsExactlyInAnyOrder("malformed-feed", "no-body");

    String original = ArticleIds.forUrl(
        "https://nhandan.vn/xay-dung-dang/so-ket-cong-tac-bao-ve-nen-tang-tu-tuong-cua-dang-nam-2026-post871201.html");
    Article copy = sink.articles().stream().filter(a -> a.duplicateOf() != null).findFirst().orElseThrow();
    assertThat(copy.outlet()).isEqualTo("tapchicongsan");
    assertThat(copy.duplicateOf()).isEqualTo(original);

    Article nq35 = sink.articles().stream().filter(a -> a.id().equals(original)).findFirst().orElseThrow();
    assertThat(nq35.title()).isEqualTo("Sơ kết công tác bảo vệ nền tảng tư tưởng của Đảng năm 2026");
    assertThat(nq35.text()).contains("Nghị quyết 35-NQ/TW");
    assertThat(nq35.publishedAt()).isEqualTo(Instant.parse("2026-11-24T04:20:00Z"));

    Article undated = sink.articles().stream().filter(a -> a.url().contains("thuc-day-kinh-te-tu-nhan")).findFirst()
        .orElseThrow();
    assertThat(undated.publishedAt()).as("from the page when the feed has no date")
        .isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
  }
}
