package vn.presswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {
  @Test
  void removesUtmParameters() {
    assertThat(CanonicalUrls.clean("https://vnexpress.net/a-1.html?utm_source=fb&utm_medium=social"))
        .isEqualTo("https://vnexpress.net/a-1.html");
  }

  @Test
  void removesClickIdsAndZaloTracking() {
    assertThat(CanonicalUrls.clean("https://vov.vn/a.vov?fbclid=IwAR0&gclid=Cj0&zarsrc=30&gidzl=abc"))
        .isEqualTo("https://vov.vn/a.vov");
  }

  @Test
  void keepsOtherParametersInOrder() {
    assertThat(CanonicalUrls.clean("https://bao.vn/tim?q=lũ&utm_campaign=x&page=2"))
        .isEqualTo("https://bao.vn/tim?q=lũ&page=2");
  }

  @Test
  void removesFragment() {
    assertThat(CanonicalUrls.clean("https://thanhnien.vn/a.htm#box_comment")).isEqualTo("https://thanhnien.vn/a.htm");
  }

  @Test
  void removesFragmentCarryingTrackingParameters() {
    assertThat(CanonicalUrls.clean("https://vnexpress.net/a.html#vn_source=Home&vn_campaign=Box"))
        .isEqualTo("https://vnexpress.net/a.html");
  }

  @Test
  void lowerCasesSchemeAndHostButNotPath() {
    assertThat(CanonicalUrls.clean("HTTPS://VnExpress.NET/Thoi-Su/A.html")).isEqualTo("https://vnexpress.net/Thoi-Su/A.html");
  }

  @Test
  void dropsDefaultPort() {
    assertThat(CanonicalUrls.clean("https://tuoitre.vn:443/a.htm")).isEqualTo("https://tuoitre.vn/a.htm");
  }

  @Test
  void addsRootPathToBareHost() {
    assertThat(CanonicalUrls.clean("https://dantri.com.vn?utm_source=x")).isEqualTo("https://dantri.com.vn/");
  }

  @Test
  void nullGivesEmpty() {
    assertThat(CanonicalUrls.clean(null)).isEmpty();
  }

  @Test
  void leavesRelativeReferencesAlone() {
    assertThat(CanonicalUrls.clean("/a.html?utm_source=x&id=1")).isEqualTo("/a.html?id=1");
  }
}
