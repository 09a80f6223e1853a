package vn.presswatch.processing.sink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import vn.presswatch.elastic.ElasticsearchOptions;
import vn.presswatch.elastic.IndexOp;

/**
 * Writes {@link IndexOp}s to Elasticsearch with bulk requests: at least once, and idempotent because every document
 * has a deterministic id and replaces its earlier version. Each writer flushes when its batch is full, every flush
 * interval and at every checkpoint, so a checkpoint completes only after everything before it is written.
 */
public final class ElasticsearchSink implements Sink<IndexOp> {
  private static final long serialVersionUID = 1L;

  private final ElasticsearchOptions elasticsearch;
  private final SinkSettings settings;
  private final DeadLetterTarget deadLetters;

  /**
   * @param deadLetters where rejected documents go; null only for documents that are themselves dead letters or health
   *     events, whose rejections are logged and counted (sending them back would loop)
   */
  public ElasticsearchSink(ElasticsearchOptions elasticsearch, SinkSettings settings, DeadLetterTarget deadLetters) {
    this.elasticsearch = elasticsearch;
    this.settings = settings;
    this.deadLetters = deadLetters;
  }

  @Override
  public SinkWriter<IndexOp> createWriter(WriterInitContext context) {
    return new ElasticsearchSinkWriter(elasticsearch, settings, deadLetters, context);
  }
}
