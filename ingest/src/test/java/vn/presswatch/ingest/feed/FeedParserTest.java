package vn.presswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private static final Path VNEXPRESS_FEEDS =
      Path.of(System.getProperty("presswatch.shared.dir"), "data/vn-news/rss/vnexpress-embedded-js");

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = FeedParserTest.class.getResourceAsStream("/fixtures/feeds/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsEveryRealVnExpressFeed() throws Exception {
    List<Path> feeds;
    try (Stream<Path> files = Files.list(VNEXPRESS_FEEDS)) {
      feeds = files.filter(p -> p.toString().endsWith(".extracted.rss.xml")).sorted().toList();
    }
    assertThat(feeds).hasSize(6);
    for (Path file : feeds) {
      ParsedFeed feed = FeedParser.parse(Files.readAllBytes(file), "application/rss+xml", "https://vnexpress.net/rss");
      assertThat(feed.items()).as(file.getFileName().toString()).isNotEmpty();
      assertThat(feed.items()).allSatisfy(item -> {
        assertThat(item.url()).startsWith("http").doesNotContain("\n", " ");
        assertThat(item.title()).isNotBlank().doesNotStartWith(" ");
        assertThat(Normalizer.isNormalized(item.title(), Normalizer.Form.NFC)).isTrue();
      });
    }
  }

  @Test
  void readsTitlesLinksSummariesAndDatesOfARealFeed() throws Exception {
    ParsedFeed feed = FeedParser.parse(Files.readAllBytes(VNEXPRESS_FEEDS.resolve("vanpho93__string1407.extracted.rss.xml")),
        null, "http://vnexpress.net/rss/tin-moi-nhat.rss");
    assertThat(feed.type()).isEqualTo("rss_2.0");
    assertThat(feed.items()).hasSize(25);
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("Một tuần Hà Nội có 1.400 người bệnh sốt xuất huyết vào viện");
    assertThat(first.url()).isEqualTo(
        "http://suckhoe.vnexpress.net/tin-tuc/suc-khoe/mot-tuan-ha-noi-co-1-400-nguoi-benh-sot-xuat-huyet-vao-vien-3618863.html");
    assertThat(first.summary()).startsWith("Từ ngày 17-23/7, Hà Nội ghi nhận 1.400 ca sốt xuất huyết").doesNotContain("<");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2017-07-26T12:41:14Z"));
  }

  @Test
  void keepsAtomEntriesWithoutDatesAndResolvesRelativeLinks() throws Exception {
    ParsedFeed feed = FeedParser.parse(fixture("atom-no-dates.xml"), "application/atom+xml",
        "https://baotinh.example.vn/rss/xay-dung-dang.xml");
    assertThat(feed.type()).isEqualTo("atom_1.0");
    assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
        "https://baotinh.example.vn/xay-dung-dang/hoi-nghi-bch-dang-bo-tinh-lan-thu-12-a101.html",
        "https://baotinh.example.vn/xay-dung-dang/kiem-tra-cong-tac-can-bo-a102.html");
    assertThat(feed.items().get(0).publishedAt()).isNull();
    assertThat(feed.items().get(0).summary()).isEqualTo("Hội nghị đánh giá kết quả thực hiện Nghị quyết năm 2026.");
    assertThat(feed.items().get(1).publishedAt()).isEqualTo(Instant.parse("2026-11-19T08:30:00Z"));
  }

  @Test
  void dropsRepeatedItemsAndCountsItemsWithoutUsableLinks() throws Exception {
    ParsedFeed feed = FeedParser.parse(fixture("duplicate-items.rss.xml"), "application/rss+xml", "https://example.vn/rss");
    assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://example.vn/thoi-su/quoc-hoi-khai-mac-1.html");
    assertThat(feed.skipped()).isEqualTo(2);
  }

  @Test
  void readsTheDateFormsOfVietnameseFeedsThatRomeMisreads() throws Exception {
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title><link>https://tuoitre.vn/</link>"
        + "<description>d</description>"
        + "<item><title>Tuổi Trẻ</title><link>https://tuoitre.vn/a.htm</link>"
        + "<pubDate>7/20/2026 6:25:00\u202fAM</pubDate></item>"
        + "<item><title>Thanh Niên</title><link>https://thanhnien.vn/b.htm</link>"
        + "<pubDate>Mon, 20 Jul 26 06:25:00 +0700</pubDate></item>"
        + "<item><title>Dublin Core</title><link>https://vov.vn/c.htm</link>"
        + "<dc:date>2026-07-20T06:25:00+07:00</dc:date></item>"
        + "<item><title>Không ngày</title><link>https://vov.vn/d.htm</link></item>"
        + "</channel></rss>";
    ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
        "https://example.vn/rss");
    Instant expected = Instant.parse("2026-07-19T23:25:00Z");
    assertThat(feed.items()).extracting(FeedItem::publishedAt).containsExactly(expected, expected, expected, null);
  }

  @Test
  void malformedXmlIsAMalformedFeed() {
    assertThatThrownBy(() -> FeedParser.parse(fixture("malformed.rss.xml"), "application/rss+xml", "https://example.vn/rss"))
        .isInstanceOfSatisfying(FeedParseException.class, e -> assertThat(e.reason()).isEqualTo("malformed-feed"));
  }

  @Test
  void htmlNamedEntitiesThatXmlDoesNotDeclareDoNotCostTheFeedItsItems() throws Exception {
    byte[] rss = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tin&nbsp;m&#7899;i</title>"
        + "<item><title>H&ocirc;m nay &ndash; Đảng &amp; Nhà nước&nbsp;</title><link>https://example.vn/a.html</link>"
        + "<description>&bogus; &lt;b&gt;</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    ParsedFeed feed = FeedParser.parse(rss, "application/rss+xml", "https://example.vn/rss");
    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.title()).isEqualTo("Hôm nay – Đảng & Nhà nước");
      assertThat(item.summary()).contains("&bogus;");
    });
    assertThat(FeedParser.withHtmlEntitiesResolved("&amp;&nbsp;&lt;")).isEqualTo("&amp;&#160;&lt;");
  }

  @Test
  void htmlIsNotAFeed() {
    assertThatThrownBy(() -> FeedParser.parse(fixture("html-instead.html"), "text/html", "https://example.vn/rss"))
        .isInstanceOfSatisfying(FeedParseException.class, e -> assertThat(e.reason()).isEqualTo("not-a-feed"));
  }

  @Test
  void xmlThatIsNoFeedIsNotAFeed() {
    byte[] sitemap = "<?xml version=\"1.0\"?><urlset><url><loc>https://example.vn/</loc></url></urlset>"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedParser.parse(sitemap, "text/xml", "https://example.vn/rss"))
        .isInstanceOfSatisfying(FeedParseException.class, e -> assertThat(e.reason()).isEqualTo("not-a-feed"));
  }

  @Test
  void prologEncodingIsHonouredWithoutACharsetHeader() throws Exception {
    ParsedFeed feed = FeedParser.parse(fixture("latin1-prolog.rss.xml"), "application/rss+xml", "https://example.vn/rss");
    assertThat(feed.items().get(0).title()).isEqualTo("Café phê");
  }

  @Test
  void utf8FeedSurvivesAWrongCharsetHeader() throws Exception {
    byte[] body = Files.readAllBytes(VNEXPRESS_FEEDS.resolve("vanpho93__string1407.extracted.rss.xml"));
    ParsedFeed feed = FeedParser.parse(body, "text/xml; charset=ISO-8859-1", "http://vnexpress.net/rss");
    assertThat(feed.items().get(0).title()).startsWith("Một tuần Hà Nội");
  }

  @Test
  void headerCharsetAppliesToBytesThatAreNotUtf8() throws Exception {
    byte[] body = ("<rss version=\"2.0\"><channel><title>t</title><link>https://example.vn/</link><description>d"
        + "</description><item><title>Café</title><link>https://example.vn/c.html</link></item></channel></rss>")
        .getBytes(StandardCharsets.ISO_8859_1);
    ParsedFeed feed = FeedParser.parse(body, "text/xml; charset=ISO-8859-1", "https://example.vn/rss");
    assertThat(feed.items().get(0).title()).isEqualTo("Café");
  }

  @Test
  void emptyBodyIsMalformed() {
    assertThatThrownBy(() -> FeedParser.parse(new byte[0], null, "https://example.vn/rss"))
        .isInstanceOf(FeedParseException.class);
  }

  @Test
  void refusesDoctypes() {
    byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedParser.parse(xxe, "text/xml", "https://example.vn/rss"))
        .isInstanceOfSatisfying(FeedParseException.class, e -> assertThat(e.reason()).isEqualTo("malformed-feed"));
  }
}
