package vn.presswatch.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the connection sends for each kind of credential, seen by a local HTTP server standing in for a cluster, and
 * that it trusts exactly the CA it is given over TLS.
 */
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

  @Test
  void overTlsItTrustsTheGivenCaFileAndNothingElse(@TempDir Path dir) throws Exception {
    // A certificate made for this test by the JDK's keytool, for 127.0.0.1, with a throwaway password.
    String password = UUID.randomUUID().toString();
    Path keystore = dir.resolve("node.p12");
    Path ca = dir.resolve("ca.pem");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", password, "-keypass", password);
    keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", keystore.toString(), "-storepass", password,
        "-file", ca.toString());
    HttpsServer tls = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tls.setHttpsConfigurator(new HttpsConfigurator(serverContext(keystore, password.toCharArray())));
    tls.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    tls.start();
    try {
      String url = "https://127.0.0.1:" + tls.getAddress().getPort();
      try (ElasticsearchConnection trusting =
          ElasticsearchConnection.open(new ElasticsearchOptions(List.of(url), "", "", "", ca.toString(), ""))) {
        assertThat(trusting.client().ping().value()).isTrue();
      }
      try (ElasticsearchConnection untrusting = ElasticsearchConnection.open(ElasticsearchOptions.local(url))) {
        assertThatThrownBy(() -> untrusting.client().ping()).hasStackTraceContaining("PKIX");
      }
    } finally {
      tls.stop(0);
    }
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(output).isZero();
  }

  private static SSLContext serverContext(Path keystore, char[] password) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(kmf.getKeyManagers(), null, null);
    return ssl;
  }
}
