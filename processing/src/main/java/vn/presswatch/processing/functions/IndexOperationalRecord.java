package vn.presswatch.processing.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.Topics;
import vn.presswatch.core.article.ArticleIds;
import vn.presswatch.core.json.Json;
import vn.presswatch.elastic.IndexNames;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.model.RawRecord;

/**
 * Turns the crawler's source-health events and every stage's dead letters into documents, so monitoring staff see
 * both in Kibana. A source's document is replaced by its newest event; a dead letter's id is its Kafka position, so a
 * replay writes it once. A record that is not JSON cannot itself be dead-lettered: it is counted and logged.
 */
public class IndexOperationalRecord extends ProcessFunction<RawRecord, IndexOp> {
  private static final Logger LOG = LoggerFactory.getLogger(IndexOperationalRecord.class);

  private final IndexNames names;
  private final String healthTopic;
  private transient Counter unreadable;

  public IndexOperationalRecord(IndexNames names, String topicPrefix) {
    this.names = names;
    this.healthTopic = Topics.named(topicPrefix, Topics.SOURCE_HEALTH);
  }

  @Override
  public void open(OpenContext context) {
    unreadable = getRuntimeContext().getMetricGroup().counter("operationalRecordsUnreadable");
  }

  @Override
  public void processElement(RawRecord record, Context ctx, Collector<IndexOp> out) throws IOException {
    JsonNode json;
    try {
      json = record.value() == null ? null : Json.mapper().readTree(record.value());
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.isObject()) {
      unreadable.inc();
      LOG.warn("record {} is not a JSON object; not indexed", record.position());
      return;
    }
    ObjectNode doc = (ObjectNode) json;
    if (record.topic().equals(healthTopic)) {
      out.collect(health(doc));
    } else {
      out.collect(new IndexOp(names.deadLetter(), ArticleIds.sha256Hex(record.position()).substring(0, 24),
          Json.mapper().writeValueAsBytes(doc)));
    }
  }

  private IndexOp health(ObjectNode event) throws IOException {
    String source = event.path("outlet").asText() + " " + event.path("feed").asText();
    JsonNode days = event.remove("new_items_by_day");
    double perDay = 0;
    if (days != null && days.size() > 0) {
      int total = 0;
      for (JsonNode n : days) {
        total += n.asInt();
      }
      perDay = (double) total / days.size();
    }
    event.put("source", source).put("items_per_day", perDay).put("updated_at", Instant.now().toString());
    return new IndexOp(names.sources(), ArticleIds.sha256Hex(source).substring(0, 24),
        Json.mapper().writeValueAsBytes(event));
  }
}
