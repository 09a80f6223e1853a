package vn.presswatch.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The writer's reaction to whole-request failures, over real HTTP with the real client: a loopback server that is down
 * at first, or answers with the status under test, in Elasticsearch's error format.
 */
class BulkWriterTest {
  private static final String BULK_OK = "{\"took\":1,\"errors\":false,\"items\":[{\"index\":{\"_index\":\"i\","
      + "\"_id\":\"a\",\"status\":201,\"result\":\"created\"}}]}";

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** Creates, without starting, a server answering {@code status} to the first {@code failures} bulk requests. */
  private HttpServer server(int port, int failures, int status) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      boolean fail = requests.incrementAndGet() <= failures;
      String body = fail ? "{\"error\":{\"type\":\"some_exception\",\"reason\":\"answered " + status
          + "\"},\"status\":" + status + "}" : BULK_OK;
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(fail ? status : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    return server;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static IndexOp doc() {
    return new IndexOp("i", "a", "{}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aClusterThatIsDownAtFirstIsRetriedWithGrowingDelaysUntilItAnswers() throws Exception {
    int port = freePort();
    List<Duration> waits = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    try (ElasticsearchConnection c = ElasticsearchConnection.open(ElasticsearchOptions.local("http://127.0.0.1:" + port))) {
      BulkWriter writer = new BulkWriter(c.client(), (op, s, r) -> rejected.add(op.id()), 10,
          new RetryBackoff(5, Duration.ofMillis(100), Duration.ofMillis(300)), d -> {
            waits.add(d);
            if (waits.size() == 3) {
              // The cluster comes back during the third wait (bound only now: a bound port accepts connections).
              try {
                server(port, 0, 200).start();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          });
      writer.add(doc());
      writer.flush();
      assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
      assertThat(writer.indexed()).isEqualTo(1);
      assertThat(writer.retries()).isEqualTo(3);
      assertThat(rejected).isEmpty();
    }
  }

  @Test
  void aServerErrorIsRetried() throws Exception {
    server(0, 2, 503).start();
    List<Duration> waits = new ArrayList<>();
    try (ElasticsearchConnection c = ElasticsearchConnection.open(ElasticsearchOptions.local(
        "http://127.0.0.1:" + server.getAddress().getPort()))) {
      BulkWriter writer = new BulkWriter(c.client(), (op, s, r) -> { }, 10,
          new RetryBackoff(5, Duration.ofMillis(10), Duration.ofMillis(10)), waits::add);
      writer.add(doc());
      writer.flush();
      assertThat(waits).hasSize(2);
      assertThat(writer.indexed()).isEqualTo(1);
      assertThat(requests).hasValue(3);
    }
  }

  @Test
  void aRequestRefusedWithAClientErrorIsNotRetriedAndEveryDocumentIsDivertedWithTheReason() throws Exception {
    server(0, Integer.MAX_VALUE, 413).start();
    List<String> rejected = new ArrayList<>();
    List<Duration> waits = new ArrayList<>();
    try (ElasticsearchConnection c = ElasticsearchConnection.open(ElasticsearchOptions.local(
        "http://127.0.0.1:" + server.getAddress().getPort()))) {
      BulkWriter writer = new BulkWriter(c.client(), (op, s, r) -> rejected.add(op.id() + " " + s + " " + r), 10,
          new RetryBackoff(5, Duration.ofMillis(10), Duration.ofMillis(10)), waits::add);
      writer.add(doc());
      writer.add(new IndexOp("i", "b", "{}".getBytes(StandardCharsets.UTF_8)));
      writer.flush();
      assertThat(rejected).hasSize(2).allSatisfy(r -> assertThat(r).contains("413", "answered 413").doesNotContain("\n"));
      assertThat(rejected).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly("a", "b");
      assertThat(waits).isEmpty();
      assertThat(requests).hasValue(1);
      assertThat(writer.rejected()).isEqualTo(2);
      assertThat(writer.buffered()).isZero();
    }
  }

  @Test
  void refusedCredentialsFailTheFlushAndKeepTheDocumentsInsteadOfDivertingThem() throws Exception {
    server(0, Integer.MAX_VALUE, 401).start();
    List<String> rejected = new ArrayList<>();
    List<Duration> waits = new ArrayList<>();
    try (ElasticsearchConnection c = ElasticsearchConnection.open(ElasticsearchOptions.local(
        "http://127.0.0.1:" + server.getAddress().getPort()))) {
      BulkWriter writer = new BulkWriter(c.client(), (op, s, r) -> rejected.add(op.id()), 10,
          new RetryBackoff(5, Duration.ofMillis(10), Duration.ofMillis(10)), waits::add);
      writer.add(doc());
      org.assertj.core.api.Assertions.assertThatThrownBy(writer::flush).isInstanceOf(IOException.class)
          .hasMessageContaining("credentials").hasMessageContaining("401");
      assertThat(rejected).isEmpty();
      assertThat(waits).isEmpty();
      assertThat(writer.buffered()).isEqualTo(1);
    }
  }

  @Test
  void theDelayFromSourceToWrittenIsMeasuredWhenTheBulkRequestSucceeds() throws Exception {
    server(0, 1, 503).start();
    try (ElasticsearchConnection c = ElasticsearchConnection.open(ElasticsearchOptions.local(
        "http://127.0.0.1:" + server.getAddress().getPort()))) {
      BulkWriter writer = new BulkWriter(c.client(), (op, s, r) -> { }, 10,
          new RetryBackoff(5, Duration.ofMillis(10), Duration.ofMillis(10)), d -> { });
      long fetched = System.currentTimeMillis() - 60_000;
      writer.add(new IndexOp("i", "a", "{}".getBytes(StandardCharsets.UTF_8), fetched));
      assertThat(writer.sourceDelayMillis()).as("nothing written yet").isEqualTo(-1);

      long before = System.currentTimeMillis();
      writer.flush(); // the first attempt fails: the delay counts until the document is written
      long after = System.currentTimeMillis();
      assertThat(writer.sourceDelayMillis()).isBetween(before - fetched, after - fetched);
    }
  }
}
