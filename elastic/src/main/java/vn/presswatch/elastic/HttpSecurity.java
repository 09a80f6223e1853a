package vn.presswatch.elastic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The credentials and TLS trust the Elastic stack expects, for any HTTP client: an {@code Authorization} header from
 * an API key or a user and password, and an {@link SSLContext} that trusts a cluster's CA. Elasticsearch and Kibana
 * accept the same headers, so {@link ElasticsearchConnection} and the Kibana import share this.
 */
public final class HttpSecurity {
  private HttpSecurity() {}

  /**
   * The {@code Authorization} header value: {@code ApiKey <key>} when an API key is given (it wins), else
   * {@code Basic <base64(user:password)>} when a user is given, else empty.
   */
  public static Optional<String> authorization(String apiKey, String username, String password) {
    if (apiKey != null && !apiKey.isBlank()) {
      return Optional.of("ApiKey " + apiKey.trim());
    }
    if (username != null && !username.isBlank()) {
      String pair = username + ":" + (password == null ? "" : password);
      return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return Optional.empty();
  }

  /**
   * A TLS context that trusts only the CA certificate in the PEM file {@code caFile}.
   *
   * @throws IllegalArgumentException when the file cannot be read or holds no certificate
   */
  public static SSLContext sslContextTrusting(Path caFile) {
    try (InputStream in = Files.newInputStream(caFile)) {
      Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("ca", ca);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot use CA file " + caFile + ": " + e.getMessage(), e);
    }
  }
}
