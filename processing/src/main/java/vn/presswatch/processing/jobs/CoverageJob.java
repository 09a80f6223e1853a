package vn.presswatch.processing.jobs;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.document.CoverageDocument;
import vn.presswatch.processing.functions.ClassifyArticle;
import vn.presswatch.processing.functions.CountCoverage;
import vn.presswatch.processing.functions.IndexOperationalRecord;
import vn.presswatch.processing.functions.TrackArticleVersions;
import vn.presswatch.processing.model.ArticleVersion;
import vn.presswatch.processing.model.RawRecord;
import vn.presswatch.processing.sink.DeadLetterTarget;
import vn.presswatch.processing.sink.ElasticsearchSink;
import vn.presswatch.processing.sink.RawBytes;
import vn.presswatch.processing.source.RawRecordDeserializer;

/**
 * The coverage job: articles topic → classify → track versions → count per plan, outlet and Vietnamese day →
 * Elasticsearch, with unusable records to the dead-letter topic; beside it, the crawler's source-health events and
 * every dead letter are indexed for the dashboards. Wiring only; each step is its own operator.
 *
 * <p>With a {@link BoundedRun} in its config the same job reprocesses a range of days: it reads the range from Kafka
 * with fresh state under its own consumer group, stamps every document it writes with the run's start, finishes at
 * the end offsets it started with, and leaves source health and dead letters to the live job.
 */
public final class CoverageJob {
  public static final String NAME = "presswatch-coverage";
  /** How far out of order published times may arrive before the watermark passes them. */
  static final Duration OUT_OF_ORDERNESS = Duration.ofHours(6);
  static final Duration IDLENESS = Duration.ofMinutes(1);

  private CoverageJob() {}

  /** Adds the job's operators to {@code env}; the caller executes it. */
  public static void define(StreamExecutionEnvironment env, CoverageJobConfig config, JobInputs inputs) {
    env.setParallelism(config.parallelism());
    env.enableCheckpointing(config.checkpointInterval().toMillis());

    BoundedRun bounded = config.bounded();
    KafkaSourceBuilder<RawRecord> sourceBuilder = KafkaSource.<RawRecord>builder()
        .setBootstrapServers(config.kafkaBootstrapServers())
        .setTopics(config.articlesTopic())
        .setGroupId(config.consumerGroup())
        .setDeserializer(new RawRecordDeserializer())
        .setProperty("commit.offsets.on.checkpoint", "true");
    if (bounded == null) {
      sourceBuilder.setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST));
    } else {
      // From the first record stamped in the range to the end offsets of now; ClassifyArticle keeps the range's.
      sourceBuilder.setStartingOffsets(OffsetsInitializer.timestamp(bounded.from().toEpochMilli()))
          .setBounded(OffsetsInitializer.latest());
    }
    KafkaSource<RawRecord> source = sourceBuilder.build();
    WatermarkStrategy<RawRecord> watermarks = WatermarkStrategy.<RawRecord>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
        .withTimestampAssigner((r, ts) -> r.timestamp())
        .withIdleness(IDLENESS);

    SingleOutputStreamOperator<ArticleVersion> versions = env
        .fromSource(source, watermarks, "articles").uid("articles-source")
        .process(new ClassifyArticle(inputs, bounded)).name("classify").uid("classify");

    DataStream<IndexOp> coverageDocuments = versions
        .keyBy(ArticleVersion::articleId)
        .process(new TrackArticleVersions()).name("track-versions").uid("track-versions")
        .keyBy(d -> d.countKey())
        .process(new CountCoverage()).name("count-coverage").uid("count-coverage")
        .map(row -> CoverageDocument.of(row, inputs.labels(), inputs.indexNames(),
            bounded == null ? Instant.now() : bounded.startedAt()))
        .name("coverage-documents").uid("coverage-documents");

    // Keyed by document id: every version of a document goes to the same writer, in order, so a newer count is
    // never overtaken by an older one, while several writers keep Elasticsearch busy on all its cores.
    versions.getSideOutput(ClassifyArticle.ARTICLE_DOCUMENTS)
        .union(coverageDocuments)
        .keyBy(IndexOp::id)
        .sinkTo(new ElasticsearchSink(config.elasticsearch(), config.sink(),
            new DeadLetterTarget(config.kafkaBootstrapServers(), config.deadLetterTopic())))
        .name("elasticsearch").uid("elasticsearch-sink")
        .setParallelism(config.sink().parallelism());

    if (bounded == null) {
      // A reprocess rewrites counts only; source health and dead letters stay with the live job.
      indexOperationalTopics(env, config, inputs);
    }

    versions.getSideOutput(ClassifyArticle.DEAD_LETTERS)
        .sinkTo(KafkaSink.<byte[]>builder()
            .setBootstrapServers(config.kafkaBootstrapServers())
            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
            .setRecordSerializer(KafkaRecordSerializationSchema.<byte[]>builder()
                .setTopic(config.deadLetterTopic())
                .setValueSerializationSchema(new RawBytes())
                .build())
            .build())
        .name("dead-letters").uid("dead-letter-sink");
  }

  private static void indexOperationalTopics(StreamExecutionEnvironment env, CoverageJobConfig config,
      JobInputs inputs) {
    KafkaSource<RawRecord> operational = KafkaSource.<RawRecord>builder()
        .setBootstrapServers(config.kafkaBootstrapServers())
        .setTopics(config.sourceHealthTopic(), config.deadLetterTopic())
        .setGroupId(config.consumerGroup() + "-operational")
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new RawRecordDeserializer())
        .build();
    env.fromSource(operational, WatermarkStrategy.noWatermarks(), "source-health and dead letters")
        .uid("operational-source")
        .process(new IndexOperationalRecord(inputs.indexNames(), config.topicPrefix()))
        .name("operational-documents").uid("operational-documents")
        .sinkTo(new ElasticsearchSink(config.elasticsearch(), config.sink(), null))
        .name("elasticsearch-operational").uid("elasticsearch-operational-sink");
  }
}
