package vn.presswatch.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.presswatch.core.json.Json;

/**
 * A reader of the Flink REST API (the web UI's endpoints): which job runs, and the coverage job's own metrics summed or
 * maximised over its subtasks.
 */
public final class FlinkRest {
  /** A job as the overview lists it. */
  public record Job(String id, String name, String state, long startTime) {}

  /** How a metric is combined over subtasks and operators: counters add up, gauges report the worst. */
  private enum Aggregation { SUM, MAX }

  /** The coverage job's metrics shown by {@code monitor status}, in order (docs/operations.md, "Monitoring"). */
  private static final Map<String, Aggregation> JOB_METRICS = new LinkedHashMap<>();

  static {
    JOB_METRICS.put("articlesIn", Aggregation.SUM);
    JOB_METRICS.put("articlesClassified", Aggregation.SUM);
    JOB_METRICS.put("articlesDeadLettered", Aggregation.SUM);
    JOB_METRICS.put("articlesUpdated", Aggregation.SUM);
    JOB_METRICS.put("documentsIndexed", Aggregation.SUM);
    JOB_METRICS.put("documentsRejected", Aggregation.SUM);
    JOB_METRICS.put("documentsBuffered", Aggregation.SUM);
    JOB_METRICS.put("bulkRetries", Aggregation.SUM);
    JOB_METRICS.put("fetchToClassifyMillis", Aggregation.MAX);
    JOB_METRICS.put("fetchToIndexedMillis", Aggregation.MAX);
  }

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param base the REST endpoint, e.g. {@code http://127.0.0.1:8081} */
  public FlinkRest(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The newest job named {@code name}, whatever its state. */
  public Optional<Job> latestJob(String name) throws IOException {
    Job latest = null;
    for (JsonNode j : get("/jobs/overview").path("jobs")) {
      Job job = new Job(j.path("jid").asText(), j.path("name").asText(), j.path("state").asText(),
          j.path("start-time").asLong());
      if (job.name().equals(name) && (latest == null || job.startTime() > latest.startTime())) {
        latest = job;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The job's presswatch metrics that its operators have reported so far, by name; a metric missing from the map is
   * not reported yet (Flink's web endpoint refreshes them every few seconds).
   */
  public Map<String, Long> jobMetrics(String jobId) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    for (JsonNode vertex : get("/jobs/" + jobId).path("vertices")) {
      String path = "/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/subtasks/metrics";
      List<String> ids = new ArrayList<>();
      for (JsonNode m : get(path)) {
        String id = m.path("id").asText();
        if (JOB_METRICS.containsKey(id.substring(id.lastIndexOf('.') + 1))) {
          ids.add(id);
        }
      }
      if (ids.isEmpty()) {
        continue;
      }
      JsonNode read = get(path + "?agg=sum,max&get=" + URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8));
      for (JsonNode m : read) {
        String id = m.path("id").asText();
        String name = id.substring(id.lastIndexOf('.') + 1);
        Aggregation how = JOB_METRICS.get(name);
        long value = (long) m.path(how == Aggregation.SUM ? "sum" : "max").asDouble();
        values.merge(name, value, how == Aggregation.SUM ? Long::sum : Long::max);
      }
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    JOB_METRICS.keySet().stream().filter(values::containsKey).forEach(k -> ordered.put(k, values.get(k)));
    return ordered;
  }

  /** GETs {@code path} and parses the JSON answer. */
  public JsonNode get(String path) throws IOException {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException("GET " + base + path + " answered " + r.statusCode());
      }
      return Json.mapper().readTree(r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
