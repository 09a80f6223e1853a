package vn.presswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  @Test
  void privateAndSpecialRangesAreInternal() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1"}) {
      assertThat(AddressGuard.isInternal(InetAddress.getByName(a))).as(a).isTrue();
    }
  }

  @Test
  void publicAddressesAreNot() throws Exception {
    for (String a : new String[] {"8.8.8.8", "203.162.4.190", "2001:4860:4860::8888"}) {
      assertThat(AddressGuard.isInternal(InetAddress.getByName(a))).as(a).isFalse();
    }
  }

  @Test
  void refusesLiteralPrivateHosts() {
    assertThatThrownBy(() -> new AddressGuard(false).check(URI.create("http://169.254.169.254/latest/meta-data")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("private-address"));
  }

  @Test
  void allowsThemWhenConfigured() {
    assertThatCode(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1:8080/feed.rss")))
        .doesNotThrowAnyException();
  }
}
