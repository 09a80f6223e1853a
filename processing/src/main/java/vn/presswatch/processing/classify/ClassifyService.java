package vn.presswatch.processing.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.json.Json;

/**
 * Streams articles as JSON lines through a {@link PlanClassifier}: one output line per good input line,
 * {@code {"id", "themes":[{"id","score","title_hit","evidence":[...]}], "forms":[...]}}, credited themes only.
 * A bad line is reported on the error stream with its line number and skipped; the rest still flow.
 */
public final class ClassifyService {
  private static final Logger LOG = LoggerFactory.getLogger(ClassifyService.class);

  private final PlanClassifier classifier;

  public ClassifyService(PlanClassifier classifier) {
    this.classifier = classifier;
  }

  /** How a run went. */
  public record Counts(long read, long classified, long bad) {}

  /** Classifies every line of {@code in}, writing results to {@code out} and problems to {@code err}. */
  public Counts run(BufferedReader in, PrintWriter out, PrintWriter err) {
    ObjectMapper mapper = Json.mapper();
    long read = 0;
    long classified = 0;
    long bad = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        read++;
        if (line.isBlank()) {
          continue;
        }
        ArticleInput article;
        try {
          article = ArticleInput.fromJson(mapper.readTree(line));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          bad++;
          String reason = e instanceof JsonProcessingException j ? "invalid JSON: " + j.getOriginalMessage()
              : e.getMessage();
          err.println("line " + read + ": skipped, " + reason);
          continue;
        }
        Classification c = classifier.classify(article.title(), article.lead(), article.body());
        out.println(mapper.writeValueAsString(toJson(mapper, article.id(), c)));
        classified++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    err.flush();
    LOG.info("classified {} articles against plan {}, {} bad lines skipped", classified, classifier.planId(), bad);
    return new Counts(read, classified, bad);
  }

  /** The output record for one article. */
  static ObjectNode toJson(ObjectMapper mapper, String id, Classification c) {
    ObjectNode root = mapper.createObjectNode().put("id", id);
    ArrayNode themes = root.putArray("themes");
    for (ThemeMatch m : c.themes()) {
      ObjectNode t = themes.addObject()
          .put("id", m.themeId())
          .put("score", Math.round(m.score() * 100) / 100.0)
          .put("title_hit", m.titleHit());
      ArrayNode ev = t.putArray("evidence");
      for (Evidence e : m.evidence()) {
        ev.addObject().put("phrase", e.phrase()).put("field", e.field()).put("count", e.count());
      }
    }
    ArrayNode forms = root.putArray("forms");
    c.forms().forEach(forms::add);
    return root;
  }
}
