package vn.presswatch.elastic;

import java.io.Serializable;
import java.util.List;
import vn.presswatch.core.config.Settings;

/**
 * How to reach a cluster: URLs and, for production clusters, an API key or basic-auth credentials and the CA that
 * signed its certificate. Serializable so that Flink operators can carry it to the task managers.
 *
 * @param urls one or more {@code http(s)://host:port} URLs
 * @param apiKey encoded API key, blank for none
 * @param username basic-auth user, blank for none
 * @param password basic-auth password
 * @param caFile PEM file of the cluster's CA, blank to use the JVM's trust store
 * @param indexPrefix prefix of every index name
 */
public record ElasticsearchOptions(
    List<String> urls, String apiKey, String username, String password, String caFile, String indexPrefix)
    implements Serializable {

  public ElasticsearchOptions {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("no Elasticsearch URL: set elasticsearch.url or --elasticsearch");
    }
    urls = List.copyOf(urls);
    for (String url : urls) {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("Elasticsearch URL '" + url + "' must start with http:// or https://");
      }
    }
    indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? IndexNames.DEFAULT_PREFIX : indexPrefix;
  }

  /** Plain HTTP to {@code url}, no credentials, default index prefix: the embedded node. */
  public static ElasticsearchOptions local(String url) {
    return new ElasticsearchOptions(List.of(url), "", "", "", "", IndexNames.DEFAULT_PREFIX);
  }

  /** The {@code elasticsearch.*} settings, with {@code url} taking the place of {@code elasticsearch.url}. */
  public static ElasticsearchOptions from(Settings settings, String url) {
    return new ElasticsearchOptions(
        List.of(url.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
        settings.string("elasticsearch.api-key"),
        settings.string("elasticsearch.username"),
        settings.string("elasticsearch.password"),
        settings.string("elasticsearch.ca-file"),
        settings.string("elasticsearch.index-prefix"));
  }

  public IndexNames indexNames() {
    return new IndexNames(indexPrefix);
  }

  @Override
  public String toString() {
    // Never print secrets.
    return "ElasticsearchOptions[urls=" + urls + ", auth=" + (!apiKey.isBlank() ? "api-key" : !username.isBlank()
        ? "basic" : "none") + ", caFile=" + caFile + ", indexPrefix=" + indexPrefix + "]";
  }
}
