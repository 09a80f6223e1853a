package vn.presswatch.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Chooses and checks TCP ports on the loopback interface for the embedded servers. */
public final class LoopbackPorts {

  /** The address every embedded server binds to. */
  public static final String HOST = "127.0.0.1";

  private LoopbackPorts() {}

  /**
   * The requested port after checking it, or a free one for 0.
   *
   * @param port 0 for any free port, otherwise 1–65535
   * @param what what the port is for, used in error messages (for example "Kafka broker")
   * @throws IllegalArgumentException if the port is out of range or already in use
   */
  public static int resolve(int port, String what) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          what + " port " + port + " is out of range: use 1-65535, or 0 for a free port");
    }
    try (ServerSocket socket = bind(port)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      if (port == 0) {
        throw new UncheckedIOException("no free port on " + HOST + " for " + what, e);
      }
      throw new IllegalArgumentException(
          what
              + " port "
              + port
              + " on "
              + HOST
              + " is in use ("
              + e.getMessage()
              + "): stop what listens there, or pass another port, or 0 for a free one",
          e);
    }
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      // Without SO_REUSEADDR a port that a just-stopped server left in TIME_WAIT looks busy.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}
