package vn.presswatch.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * An open connection to a cluster through the official Java client, over HTTP(S) exactly as to any production
 * cluster. Documents are mapped with the project's Jackson 2 mapping ({@link vn.presswatch.core.json.Json}), so
 * {@code _source} can be read as records or Jackson trees. Close it to release the HTTP connections.
 */
public final class ElasticsearchConnection implements AutoCloseable {
  private final RestClient restClient;
  private final ElasticsearchClient client;
  private final ElasticsearchOptions options;

  private ElasticsearchConnection(RestClient restClient, ElasticsearchOptions options) {
    this.restClient = restClient;
    this.options = options;
    this.client = new ElasticsearchClient(new RestClientTransport(restClient,
        new JacksonJsonpMapper(vn.presswatch.core.json.Json.mapper().copy())));
  }

  /**
   * Opens a connection. Nothing is sent yet; the first request fails if the cluster is unreachable.
   *
   * @throws IllegalArgumentException when the CA file cannot be read
   */
  public static ElasticsearchConnection open(ElasticsearchOptions options) {
    HttpHost[] hosts = options.urls().stream().map(HttpHost::create).toArray(HttpHost[]::new);
    RestClientBuilder builder = RestClient.builder(hosts);
    HttpSecurity.authorization(options.apiKey(), options.username(), options.password()).ifPresent(auth ->
        builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", auth)}));
    if (!options.caFile().isBlank()) {
      SSLContext ssl = HttpSecurity.sslContextTrusting(Path.of(options.caFile()));
      builder.setHttpClientConfigCallback(http -> http.setSSLContext(ssl));
    }
    builder.setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(60_000));
    return new ElasticsearchConnection(builder.build(), options);
  }

  public ElasticsearchClient client() {
    return client;
  }

  public ElasticsearchOptions options() {
    return options;
  }

  public IndexNames indexNames() {
    return options.indexNames();
  }

  /**
   * Documents in an index or alias, or -1 while it does not exist yet (404) or its shards are still starting (503).
   *
   * @throws IOException when the cluster cannot be reached
   */
  public long countOrMissing(String index) throws IOException {
    try {
      return client.count(c -> c.index(index)).count();
    } catch (ElasticsearchException e) {
      if (e.status() == 404 || e.status() == 503) {
        return -1;
      }
      throw e;
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 503) {
        return -1;
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    restClient.close();
  }
}
