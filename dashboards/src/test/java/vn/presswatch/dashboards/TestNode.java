package vn.presswatch.dashboards;

import java.io.IOException;
import java.nio.file.Path;
import vn.presswatch.elastic.ElasticsearchConnection;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexSetup;
import vn.presswatch.infra.embedded.EmbeddedElasticsearch;

/** An embedded Elasticsearch node with the pipeline's index templates installed, and a connection to it. */
public record TestNode(EmbeddedElasticsearch node, ElasticsearchConnection connection) implements AutoCloseable {

  /** Starts a node with its data under {@code home}/es and sets up the indices, as the pipeline does. */
  public static TestNode start(Path home) throws IOException {
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(home.resolve("es"), 0);
    ElasticsearchConnection connection = ElasticsearchConnection.open(ElasticsearchOptions.local(node.httpUrl()));
    IndexSetup.apply(connection.client(), connection.indexNames());
    return new TestNode(node, connection);
  }

  @Override
  public void close() throws IOException {
    connection.close();
    node.close();
  }
}
