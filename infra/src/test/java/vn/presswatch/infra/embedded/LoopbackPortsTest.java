package vn.presswatch.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

  @Test
  void zeroResolvesToAPortThatCanBeBound() throws IOException {
    int port = LoopbackPorts.resolve(0, "test");

    assertThat(port).isBetween(1, 65_535);
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LoopbackPorts.HOST))) {
      assertThat(socket.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void aFreePortIsKept() {
    int free = LoopbackPorts.resolve(0, "test");

    assertThat(LoopbackPorts.resolve(free, "test")).isEqualTo(free);
  }

  @Test
  void aPortInUseIsRefusedNamingWhatItWasFor() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPorts.HOST))) {
      assertThatThrownBy(() -> LoopbackPorts.resolve(taken.getLocalPort(), "Elasticsearch HTTP"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Elasticsearch HTTP port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
          .hasMessageContaining("or 0 for a free one");
    }
  }

  @Test
  void portsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> LoopbackPorts.resolve(70_000, "Kafka broker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> LoopbackPorts.resolve(-1, "Kafka broker"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
