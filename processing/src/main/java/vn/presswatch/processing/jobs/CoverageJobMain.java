package vn.presswatch.processing.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.presswatch.core.config.Settings;
import vn.presswatch.elastic.ElasticsearchOptions;

/**
 * Entry point of the job jar on a real Flink cluster:
 *
 * <pre>
 * flink run processing/target/processing-0.1.0-SNAPSHOT-job.jar \
 *   --kafka.bootstrap-servers kafka:9092 --elasticsearch.url http://es:9200 \
 *   --monitor.plans config/plans/205-KH-BTCTW-2019.yaml --monitor.outlets config/outlets.yaml
 * </pre>
 *
 * Every argument pair {@code --key value} overrides the setting of that name (see {@code presswatch-defaults.yaml});
 * environment variables work as everywhere else. The plan and outlets files are read on the submitting machine.
 */
public final class CoverageJobMain {
  private CoverageJobMain() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.load(null, System.getenv(), pairs(args));
    String kafka = settings.string("kafka.bootstrap-servers");
    String es = settings.string("elasticsearch.url");
    if (kafka.isBlank() || es.isBlank()) {
      throw new IllegalArgumentException("--kafka.bootstrap-servers and --elasticsearch.url are required");
    }
    ElasticsearchOptions esOptions = ElasticsearchOptions.from(settings, es);
    JobInputs inputs = JobInputs.load(settings.list("monitor.plans").stream().map(Path::of).toList(),
        Path.of(settings.string("monitor.outlets")), esOptions.indexNames());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    CoverageJob.define(env, CoverageJobConfig.from(settings, kafka, esOptions), inputs);
    env.execute(CoverageJob.NAME);
  }

  static Map<String, String> pairs(String[] args) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --setting value pairs, got '" + args[i] + "'");
      }
      pairs.put(args[i].substring(2), args[++i]);
    }
    return pairs;
  }
}
