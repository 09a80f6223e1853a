package vn.presswatch.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the connection sends for each kind of credential, seen by a local HTTP server standing in for a cluster. */
class ElasticsearchConnectionTest {
  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private String authorizationSentWith(ElasticsearchOptions options) throws Exception {
    try (ElasticsearchConnection c = ElasticsearchConnection.open(options)) {
      assertThat(c.client().ping().value()).isTrue();
    }
    return authorizations.get(authorizations.size() - 1);
  }

  @Test
  void anApiKeyIsSentAsApiKeyAuthorization() throws Exception {
    assertThat(authorizationSentWith(new ElasticsearchOptions(List.of(url()), "a2V5OnNlY3JldA==", "", "", "", "")))
        .isEqualTo("ApiKey a2V5OnNlY3JldA==");
  }

  @Test
  void aUserAndPasswordAreSentAsBasicAuthorization() throws Exception {
    assertThat(authorizationSentWith(new ElasticsearchOptions(List.of(url()), "", "elastic", "changeme", "", "")))
        .isEqualTo("Basic ZWxhc3RpYzpjaGFuZ2VtZQ==");
  }

  @Test
  void noCredentialsSendNoAuthorization() throws Exception {
    assertThat(authorizationSentWith(ElasticsearchOptions.local(url()))).isEqualTo("null");
  }

  @Test
  void secretsNeverAppearInTheDescription() {
    ElasticsearchOptions o = new ElasticsearchOptions(List.of(url()), "", "elastic", "changeme", "", "");
    assertThat(o.toString()).contains("basic").doesNotContain("changeme");
  }

  @Test
  void anUnreadableCaFileAndABadUrlAreReportedClearly() {
    ElasticsearchOptions tls = new ElasticsearchOptions(List.of("https://es:9200"), "", "", "",
        Path.of("/nonexistent/ca.pem").toString(), "");
    assertThatThrownBy(() -> ElasticsearchConnection.open(tls)).hasMessageContaining("cannot use CA file");
    assertThatThrownBy(() -> ElasticsearchOptions.local("es:9200")).hasMessageContaining("must start with http");
  }
}
