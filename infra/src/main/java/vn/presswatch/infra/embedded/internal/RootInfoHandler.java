package vn.presswatch.infra.embedded.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.util.Version;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.bytes.BytesArray;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * Answers {@code GET /} with the node's name, cluster name and uuid, version and tagline (the JSON
 * a production cluster returns), and {@code HEAD /} with 200 and no body.
 */
final class RootInfoHandler extends BaseRestHandler {

  private final ClusterService clusterService;

  RootInfoHandler(ClusterService clusterService) {
    this.clusterService = clusterService;
  }

  @Override
  public String getName() {
    return "presswatch_embedded_root_info";
  }

  @Override
  public List<Route> routes() {
    return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
  }

  @Override
  protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
    return channel -> {
      XContentBuilder body = channel.newBuilder();
      writeInfo(body);
      channel.sendResponse(
          request.method() == RestRequest.Method.HEAD
              ? new RestResponse(RestStatus.OK, body.getResponseContentTypeString(), BytesArray.EMPTY)
              : new RestResponse(RestStatus.OK, body));
    };
  }

  private void writeInfo(XContentBuilder body) throws IOException {
    Build build = Build.current();
    body.startObject()
        .field("name", clusterService.localNode().getName())
        .field("cluster_name", clusterService.getClusterName().value())
        .field("cluster_uuid", clusterService.state().metadata().clusterUUID())
        .startObject("version")
        .field("number", build.qualifiedVersion())
        .field("build_flavor", build.flavor())
        .field("build_type", build.type().displayName())
        .field("build_hash", build.hash())
        .field("build_date", build.date())
        .field("build_snapshot", build.isSnapshot())
        .field("lucene_version", Version.LATEST.toString())
        .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
        .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
        .endObject()
        .field("tagline", "You Know, for Search")
        .endObject();
  }
}
