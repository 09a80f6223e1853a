package vn.presswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.outlet.Feed;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.core.outlet.OutletCatalog;
import vn.presswatch.core.outlet.OutletKind;

/** The shipped {@code config/outlets.yaml}: loads, covers the outlets the project promises, explains disabled feeds. */
class OutletsFileTest {
  private static final Path FILE = Path.of(System.getProperty("basedir", ".")).resolve("../config/outlets.yaml");

  @Test
  void loadsAndCoversThePromisedOutlets() {
    List<Outlet> outlets = OutletCatalog.load(FILE).outlets();
    assertThat(outlets).extracting(Outlet::id).contains("nhandan", "dangcongsan", "tapchicongsan", "xaydungdang",
        "vtv", "vov", "vietnamplus", "baotintuc", "qdnd", "chinhphu", "tuoitre", "thanhnien", "vnexpress", "dantri",
        "tienphong", "sggp", "cand");
    assertThat(outlets).filteredOn(o -> o.kind() == OutletKind.PROVINCIAL).hasSizeGreaterThanOrEqualTo(2);
    assertThat(outlets).filteredOn(o -> o.kind() == OutletKind.PARTY_JOURNAL).hasSize(2);
  }

  @Test
  void feedsReportedBrokenAreDisabledWithAReason() {
    OutletCatalog catalog = OutletCatalog.load(FILE);
    assertThat(catalog.byId("qdnd").orElseThrow().enabledFeeds()).isEmpty();
    assertThat(catalog.byId("vietnamnet").orElseThrow().feeds()).allSatisfy(f -> assertThat(f.disabled()).isNotBlank());
    assertThat(catalog.outlets().stream().flatMap(o -> o.feeds().stream()).map(Feed::url))
        .allSatisfy(url -> assertThat(url).startsWith("https://"))
        .doesNotHaveDuplicates();
  }
}
