package vn.presswatch.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the index templates shipped under {@code dashboards/elasticsearch/} and creates the fixed indices.
 * Idempotent: the pipeline runs it at every start, so a template edit takes effect for indices created afterwards.
 */
public final class IndexSetup {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);

  /** Template files on the classpath, by the name they are installed under (after the prefix). */
  public static final List<String> TEMPLATES = List.of("articles", "coverage", "sources", "dead-letter");

  private IndexSetup() {}

  /** The template JSON for {@code name} as shipped, with the default prefix replaced by {@code names.prefix()}. */
  public static String templateJson(String name, IndexNames names) {
    String resource = "/elasticsearch/" + name + ".template.json";
    try (InputStream in = IndexSetup.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.replace("\"" + IndexNames.DEFAULT_PREFIX + "-", "\"" + names.prefix() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts every template and creates the coverage, sources and dead-letter indices when missing.
   *
   * @throws IOException when the cluster cannot be reached
   */
  public static void apply(ElasticsearchClient client, IndexNames names) throws IOException {
    for (String name : TEMPLATES) {
      String json = templateJson(name, names);
      client.indices().putIndexTemplate(b -> b.name(names.prefix() + "-" + name).withJson(new StringReader(json)));
    }
    for (String index : List.of(names.coverage(), names.sources(), names.deadLetter())) {
      if (!client.indices().exists(e -> e.index(index)).value()) {
        try {
          client.indices().create(c -> c.index(index));
        } catch (ElasticsearchException e) {
          // Another process created it between the check and the create: that is the state we wanted.
          if (!"resource_already_exists_exception".equals(e.error().type())) {
            throw e;
          }
        }
      }
    }
    LOG.info("index templates {} installed with prefix '{}'", TEMPLATES, names.prefix());
  }
}
