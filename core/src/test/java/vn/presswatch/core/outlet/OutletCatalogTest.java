package vn.presswatch.core.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutletCatalogTest {
  @Test
  void parsesOutletsWithFeedsSelectorsAndDisabledFeeds() {
    OutletCatalog catalog = OutletCatalog.parse("""
        outlets:
          - id: qdnd
            name: Báo Quân đội nhân dân
            homepage: https://www.qdnd.vn
            kind: central
            crawl_interval: PT20M
            feeds:
              - url: https://www.qdnd.vn/rss/cate/tin-tuc-moi-nhat.rss
              - url: https://www.qdnd.vn/rss
                disabled: 302 redirect loop without a cookie
            selectors:
              body: div.post-content
        """);
    Outlet qdnd = catalog.byId("qdnd").orElseThrow();
    assertThat(qdnd.kind()).isEqualTo(OutletKind.CENTRAL);
    assertThat(qdnd.language()).isEqualTo("vi");
    assertThat(qdnd.crawlInterval()).isEqualTo(Duration.ofMinutes(20));
    assertThat(qdnd.enabledFeeds()).extracting(Feed::url).containsExactly("https://www.qdnd.vn/rss/cate/tin-tuc-moi-nhat.rss");
    assertThat(qdnd.selectors().body()).isEqualTo("div.post-content");
    assertThat(qdnd.selectors().title()).isNull();
  }

  @Test
  void rejectsDuplicateIdsNamingThem() {
    assertThatThrownBy(() -> OutletCatalog.parse("""
        outlets:
          - {id: a, name: A}
          - {id: a, name: B}
        """)).hasMessageContaining("'a' appears twice");
  }

  @Test
  void rejectsUnknownKeysSoTyposAreCaught() {
    assertThatThrownBy(() -> OutletCatalog.parse("""
        outlets:
          - {id: a, name: A, feedz: []}
        """)).hasMessageContaining("feedz");
  }
}
