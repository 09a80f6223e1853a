package vn.presswatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteNameTest {
  private final SiteName tuoiTre = SiteName.of("Tuổi Trẻ Online", "https://tuoitre.vn/a.htm");

  @Test
  void stripsTrailingSiteName() {
    assertThat(tuoiTre.strip("Giá vàng tăng mạnh - Tuổi Trẻ Online")).isEqualTo("Giá vàng tăng mạnh");
  }

  @Test
  void keepsTitlesWhoseLastPartIsNotTheSite() {
    assertThat(tuoiTre.strip("Hà Nội - Hải Phòng thêm chuyến tàu")).isEqualTo("Hà Nội - Hải Phòng thêm chuyến tàu");
  }

  @Test
  void recognisesTheHostAsTheSite() {
    assertThat(SiteName.of("", "https://www.vnexpress.net/a.html").matches("VnExpress")).isTrue();
  }

  @Test
  void shortNameInsideTheSiteNameIsNotTheSite() {
    assertThat(SiteName.of("Thanh Niên", "https://thanhnien.vn").matches("An")).isFalse();
  }

  @Test
  void stripsSiteFromByline() {
    assertThat(SiteName.of("VOV.VN", "https://vov.vn/a").stripFromByline("Hoàng Ngọc/VOV.VN")).isEqualTo("Hoàng Ngọc");
  }

  @Test
  void aHandleOrHouseBylineMentionsTheHost() {
    SiteName site = SiteName.of("", "https://tuoitre.vn/a.htm");

    assertThat(site.mentionsHost("baotuoitre")).isTrue();
    assertThat(site.mentionsHost("TUOI TRE ONLINE")).isTrue();
    assertThat(site.mentionsHost("Nhật Xuân")).isFalse();
  }

  @Test
  void aShortHostNameInsideAPersonsNameIsNoMention() {
    assertThat(SiteName.of("", "https://vov.vn/a").mentionsHost("Vovan Nguyễn")).isFalse();
  }

  @Test
  void aTitleSegmentMentioningTheHostIsNotStripped() {
    SiteName thanhNien = SiteName.of("Báo Thanh Niên", "https://thanhnien.vn/a.htm");

    assertThat(thanhNien.strip("Tiếp sức mùa thi - Thanh niên TP.HCM ra quân"))
        .isEqualTo("Tiếp sức mùa thi - Thanh niên TP.HCM ra quân");
  }
}
