package vn.presswatch.processing.functions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleCodec;
import vn.presswatch.core.article.DeadLetter;
import vn.presswatch.core.article.InvalidRecordException;
import vn.presswatch.core.time.VietnamTime;
import vn.presswatch.elastic.IndexOp;
import vn.presswatch.processing.classify.Classification;
import vn.presswatch.processing.classify.PlanClassifier;
import vn.presswatch.processing.classify.ThemeMatch;
import vn.presswatch.processing.document.ArticleDocument;
import vn.presswatch.processing.jobs.BoundedRun;
import vn.presswatch.processing.jobs.JobInputs;
import vn.presswatch.processing.model.ArticleVersion;
import vn.presswatch.processing.model.RawRecord;
import vn.presswatch.processing.model.ThemeHit;

/**
 * Parses each Kafka record into an {@link Article}, classifies it against every plan, and emits what it contributes
 * to the counts, with its articles-index document (written by {@link TrackArticleVersions}, in order per article); a
 * record that cannot be used goes to {@link #DEAD_LETTERS} with the reason, and the stream flows on.
 *
 * <p>In a {@link BoundedRun} (a reprocess) it keeps only the articles published in the run's range, stamps their
 * documents with the run's start, and skips records that cannot be read: the live job reads the same records and has
 * dead-lettered them already.
 */
public class ClassifyArticle extends ProcessFunction<RawRecord, ArticleVersion> {
  private static final Logger LOG = LoggerFactory.getLogger(ClassifyArticle.class);
  /** Articles dated further ahead than this are rejected: a wrong date must not move the watermark into the future. */
  static final Duration MAX_FUTURE = Duration.ofDays(1);
  /**
   * Articles dated before this are rejected: no Vietnamese outlet published online earlier, and a page claiming the
   * year 1 (a placeholder date) would otherwise be counted on a day no report covers.
   */
  static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  public static final OutputTag<byte[]> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

  private final JobInputs inputs;
  private final BoundedRun bounded;
  private transient List<PlanClassifier> classifiers;
  private transient Counter articlesIn;
  private transient Counter classified;
  private transient Counter deadLettered;
  private transient Counter outsideRange;
  /** Milliseconds from the crawler's fetch to classification, of the last article: the pipeline's lag. */
  private transient volatile long lastLatency;

  public ClassifyArticle(JobInputs inputs) {
    this(inputs, null);
  }

  /**
   * @param bounded the range of a reprocess, or {@code null} in the live job
   */
  public ClassifyArticle(JobInputs inputs, BoundedRun bounded) {
    this.inputs = inputs;
    this.bounded = bounded;
  }

  @Override
  public void open(OpenContext context) {
    classifiers = inputs.plans().stream().map(PlanClassifier::of).toList();
    articlesIn = getRuntimeContext().getMetricGroup().counter("articlesIn");
    classified = getRuntimeContext().getMetricGroup().counter("articlesClassified");
    deadLettered = getRuntimeContext().getMetricGroup().counter("articlesDeadLettered");
    outsideRange = getRuntimeContext().getMetricGroup().counter("articlesOutsideRange");
    getRuntimeContext().getMetricGroup().gauge("fetchToClassifyMillis", () -> lastLatency);
  }

  @Override
  public void processElement(RawRecord record, Context ctx, Collector<ArticleVersion> out) {
    articlesIn.inc();
    Article article;
    try {
      article = ArticleCodec.fromBytes(record.value());
      Instant latest = Instant.now().plus(MAX_FUTURE);
      if (article.publishedAt().isAfter(latest)) {
        throw new InvalidRecordException("published_at " + article.publishedAt() + " is in the future");
      }
      if (article.publishedAt().isBefore(EARLIEST)) {
        throw new InvalidRecordException("published_at " + article.publishedAt() + " is before " + EARLIEST);
      }
    } catch (InvalidRecordException e) {
      if (bounded != null) {
        LOG.debug("record {} skipped (the live job dead-letters it): {}", record.position(), e.getMessage());
        return;
      }
      deadLetter(ctx, record, e.getMessage());
      return;
    }
    if (bounded != null && !bounded.contains(article.publishedAt())) {
      outsideRange.inc();
      return;
    }
    IndexOp document;
    ArticleVersion version;
    try {
      List<Classification> results = new ArrayList<>(classifiers.size());
      List<String> hits = new ArrayList<>();
      for (PlanClassifier classifier : classifiers) {
        Classification c = classifier.classify(article.title(), article.lead(), article.text());
        results.add(c);
        for (ThemeMatch m : c.themes()) {
          hits.add(new ThemeHit(c.planId(), m.themeId(), m.titleHit()).encode());
        }
      }
      document = ArticleDocument.of(article, results, inputs.labels(), inputs.indexNames(),
          bounded == null ? Instant.now() : bounded.startedAt());
      version = new ArticleVersion(article.id(), article.outlet(), VietnamTime.day(article.publishedAt()).toEpochDay(),
          article.duplicateOf() != null, results.stream().map(Classification::planId).toArray(String[]::new),
          hits.toArray(String[]::new), document);
    } catch (RuntimeException e) {
      // A record that breaks the classifier must not fail the job again at every restart (a poison pill).
      LOG.error("article {} from {} could not be classified", article.id(), record.position(), e);
      deadLetter(ctx, record, "classification failed: " + e);
      return;
    }
    classified.inc();
    lastLatency = Duration.between(article.fetchedAt() == null ? article.publishedAt() : article.fetchedAt(),
        Instant.now()).toMillis();
    out.collect(version);
  }

  private void deadLetter(Context ctx, RawRecord record, String reason) {
    deadLettered.inc();
    LOG.warn("record {} dead-lettered: {}", record.position(), reason);
    String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    ctx.output(DEAD_LETTERS, new DeadLetter("process", "invalid-article", reason, null, record.position(), payload,
        Instant.now()).toBytes());
  }
}
