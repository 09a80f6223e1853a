package vn.presswatch.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.infra.deploy.DeploymentFiles.COMPOSE;
import static vn.presswatch.infra.deploy.DeploymentFiles.DOCKERFILE;
import static vn.presswatch.infra.deploy.DeploymentFiles.ELASTIC_SETUP;
import static vn.presswatch.infra.deploy.DeploymentFiles.ENV_EXAMPLE;
import static vn.presswatch.infra.deploy.DeploymentFiles.PROMETHEUS;
import static vn.presswatch.infra.deploy.DeploymentFiles.ROOT;
import static vn.presswatch.infra.deploy.DeploymentFiles.SUBMIT_SCRIPT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.Topics;
import vn.presswatch.infra.deploy.DeploymentFiles.Image;

/** Checks infra/docker-compose.yml, its Dockerfile, scripts and Prometheus configuration against the code. */
class DockerComposeTest {
  private final JsonNode compose = DeploymentFiles.yaml(COMPOSE);
  private final JsonNode services = compose.path("services");
  private final Properties pom = DeploymentFiles.pomProperties();

  private JsonNode service(String name) {
    assertThat(services.has(name)).as("service %s in %s", name, COMPOSE).isTrue();
    return services.path(name);
  }

  private String env(String service, String variable) {
    JsonNode value = service(service).path("environment").path(variable);
    assertThat(value.isMissingNode()).as("%s sets %s", service, variable).isFalse();
    return value.asText();
  }

  private List<String> command(String service) {
    return DeploymentFiles.strings(service(service).path("command"));
  }

  private Map<String, String> flinkProperties(String service) {
    return DeploymentFiles.flinkProperties(env(service, "FLINK_PROPERTIES"));
  }

  @Test
  void everyImageIsPinnedAndMatchesTheVersionsTheCodeIsBuiltAgainst() {
    services.fields().forEachRemaining(s -> {
      Image image = Image.parse(s.getValue().path("image").asText());
      assertThat(image.pinned()).as("image of %s: %s", s.getKey(), image).isTrue();
    });
    assertThat(service("kafka").path("image").asText()).isEqualTo("apache/kafka:" + pom.getProperty("kafka.version"));
    assertThat(service("kafka-init").path("image").asText()).isEqualTo(service("kafka").path("image").asText());
    String es = pom.getProperty("elasticsearch.version");
    assertThat(service("elasticsearch").path("image").asText())
        .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + es);
    assertThat(service("kibana").path("image").asText()).isEqualTo("docker.elastic.co/kibana/kibana:" + es);

    List<Image> from = dockerfileBaseImages();
    assertThat(from).allSatisfy(i -> assertThat(i.pinned()).as("FROM %s", i).isTrue());
    assertThat(from).contains(new Image("flink", pom.getProperty("flink.version") + "-java17"));
    assertThat(from).anySatisfy(i -> assertThat(i.name()).isEqualTo("eclipse-temurin"));
  }

  private static List<Image> dockerfileBaseImages() {
    List<Image> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(DeploymentFiles.read(DOCKERFILE));
    while (m.find()) {
      out.add(Image.parse(m.group(1)));
    }
    return out;
  }

  @Test
  void everyPresswatchVariableNamesARealSetting() {
    Map<String, String> known = DeploymentFiles.settingVariables();
    Set<String> used = new TreeSet<>();
    services.fields().forEachRemaining(s -> s.getValue().path("environment").fieldNames().forEachRemaining(used::add));
    Matcher m = Pattern.compile("(?m)^(MONITOR_\\w+)=").matcher(DeploymentFiles.read(ENV_EXAMPLE));
    while (m.find()) {
      used.add(m.group(1));
    }
    Matcher interpolated = Pattern.compile("\\$\\{(MONITOR_\\w+)").matcher(DeploymentFiles.read(COMPOSE));
    while (interpolated.find()) {
      used.add(interpolated.group(1));
    }
    assertThat(used.stream().filter(v -> v.startsWith("MONITOR_"))).isNotEmpty()
        .allSatisfy(v -> assertThat(known).as("%s is MONITOR_ + a key of presswatch-defaults.yaml", v).containsKey(v));
  }

  @Test
  void theJobIsSubmittedWithRealSettingsAndTheJarsMainClass() {
    List<String> cmd = command("job-submitter");
    assertThat(cmd.get(0)).isEqualTo("/opt/presswatch/" + SUBMIT_SCRIPT.getFileName());
    Map<String, String> args = DeploymentFiles.settingArguments(cmd);
    assertThat(args.keySet()).allSatisfy(k ->
        assertThat(DeploymentFiles.settingVariables()).as("--%s is a setting", k).containsValue(k));
    assertThat(DeploymentFiles.read(SUBMIT_SCRIPT))
        .contains("main_class=" + DeploymentFiles.jobJarMainClass())
        .contains("job_name=presswatch-coverage");
    String mainSource = "processing/src/main/java/" + DeploymentFiles.jobJarMainClass().replace('.', '/') + ".java";
    assertThat(DeploymentFiles.read(ROOT.resolve(mainSource))).contains("public static void main(String[] args)")
        .contains("env.execute(CoverageJob.NAME)");
    // The Dockerfile copies the jar the processing module builds.
    assertThat(DeploymentFiles.read(DOCKERFILE)).contains("processing/target/processing-"
        + DeploymentFiles.projectVersion() + "-" + DeploymentFiles.jobJarClassifier() + ".jar");
  }

  @Test
  void thePlanAndOutletsFilesTheProcessesAreToldAboutExistThroughTheirMounts() {
    Map<String, String> job = DeploymentFiles.settingArguments(command("job-submitter"));
    assertThat(repoFile("job-submitter", job.get("monitor.plans"))).isRegularFile();
    assertThat(repoFile("job-submitter", job.get("monitor.outlets"))).isRegularFile();
    assertThat(repoFile("crawler", env("crawler", "MONITOR_MONITOR_OUTLETS"))).isRegularFile();
  }

  /** The repository file behind a container path, through the service's bind mounts. */
  private Path repoFile(String service, String containerPath) {
    for (JsonNode v : service(service).path("volumes")) {
      String[] parts = v.asText().split(":");
      if (parts[0].startsWith(".") && containerPath.startsWith(parts[1] + "/")) {
        return COMPOSE.getParent().resolve(parts[0]).resolve(containerPath.substring(parts[1].length() + 1))
            .normalize();
      }
    }
    throw new AssertionError(containerPath + " is not mounted from the repository in " + service);
  }

  @Test
  void clientsAreToldTheAddressesTheServicesListenOn() {
    String advertised = env("kafka", "KAFKA_ADVERTISED_LISTENERS");
    String kafka = env("crawler", "MONITOR_KAFKA_BOOTSTRAP_SERVERS");
    assertThat(advertised).contains("PLAINTEXT://" + kafka);
    assertThat(DeploymentFiles.settingArguments(command("job-submitter")).get("kafka.bootstrap-servers"))
        .isEqualTo(kafka);
    assertThat(env("kafka-init", "BOOTSTRAP")).isEqualTo(kafka);
    assertThat(env("kafka", "KAFKA_LISTENERS")).contains(":" + kafka.split(":")[1]);
    assertThat(services.has(kafka.split(":")[0])).isTrue();

    String esUrl = DeploymentFiles.settingArguments(command("job-submitter")).get("elasticsearch.url");
    assertThat(esUrl).isEqualTo(env("es-setup", "ES_URL")).isEqualTo(service("kibana").path("environment")
        .path("ELASTICSEARCH_HOSTS").asText());
    assertThat(esUrl).startsWith("http://elasticsearch:");
    assertThat(publishedPorts("elasticsearch")).contains(esUrl.substring(esUrl.lastIndexOf(':') + 1));
    assertThat(env("kibana-setup", "KIBANA_URL")).endsWith("kibana:" + publishedPorts("kibana").get(0));

    Map<String, String> flink = flinkProperties("jobmanager");
    assertThat(env("job-submitter", "FLINK_JOBMANAGER")).isEqualTo(flink.get("rest.address") + ":"
        + flink.get("rest.port"));
    assertThat(publishedPorts("jobmanager")).contains(flink.get("rest.port"));
    assertThat(flink.get("jobmanager.rpc.address")).isEqualTo("jobmanager");
  }

  private List<String> publishedPorts(String service) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : service(service).path("ports")) {
      String[] parts = p.asText().split(":");
      out.add(parts[parts.length - 1]);
    }
    return out;
  }

  @Test
  void flinkIsConfiguredAlikeEverywhereWithCheckpointsOnAVolumeAndThePrometheusReporter() {
    Map<String, String> flink = flinkProperties("jobmanager");
    assertThat(flinkProperties("taskmanager")).isEqualTo(flink);
    assertThat(flinkProperties("job-submitter")).isEqualTo(flink);
    assertThat(flink).containsEntry("metrics.reporter.prom.factory.class",
        "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
    assertThat(flink.get("execution.checkpointing.dir")).startsWith("file:///flink-data/");
    assertThat(flink).containsEntry("execution.checkpointing.externalized-checkpoint-retention",
        "RETAIN_ON_CANCELLATION");
    for (String s : List.of("jobmanager", "taskmanager", "job-submitter")) {
      assertThat(strings(service(s).path("volumes"))).contains("flink-data:/flink-data");
    }
    // submit-job.sh restores from what the cluster writes there
    assertThat(DeploymentFiles.read(SUBMIT_SCRIPT))
        .contains("checkpoints=${PRESSWATCH_CHECKPOINTS:-" + path(flink.get("execution.checkpointing.dir")) + "}")
        .contains("savepoints=${PRESSWATCH_SAVEPOINTS:-" + path(flink.get("execution.checkpointing.savepoint-dir")) + "}");
  }

  @Test
  void prometheusScrapesThePortsTheMetricsAreServedOn() {
    JsonNode prometheus = DeploymentFiles.yaml(PROMETHEUS);
    List<String> targets = new ArrayList<>();
    prometheus.path("scrape_configs").forEach(c -> c.path("static_configs").forEach(s ->
        s.path("targets").forEach(t -> targets.add(t.asText()))));
    String flinkPort = flinkProperties("jobmanager").get("metrics.reporter.prom.port");
    String crawlerPort = metricsPort(command("crawler"));
    assertThat(targets).containsExactlyInAnyOrder("jobmanager:" + flinkPort, "taskmanager:" + flinkPort,
        "crawler:" + crawlerPort);
    assertThat(service("crawler").path("healthcheck").path("test").get(1).asText())
        .contains("/dev/tcp/127.0.0.1/" + crawlerPort);
    assertThat(service("taskmanager").path("healthcheck").path("test").get(1).asText())
        .contains("/dev/tcp/127.0.0.1/" + flinkPort);
    assertThat(DeploymentFiles.read(DOCKERFILE)).contains("EXPOSE " + crawlerPort);
    assertThat(DeploymentFiles.yaml(PROMETHEUS.resolveSibling("alerts.yml")).path("groups")).isNotEmpty();
  }

  private static String path(String fileUri) {
    assertThat(fileUri).startsWith("file://");
    return fileUri.substring("file://".length());
  }

  static String metricsPort(List<String> args) {
    int i = args.indexOf("--metrics-port");
    assertThat(i).as("--metrics-port in %s", args).isNotNegative();
    return args.get(i + 1);
  }

  @Test
  void topicsAreCreatedWithTheCodesNamesAndTheSourceOfTruthKeptForever() {
    List<String> forever = Arrays.asList(env("kafka-init", "KEPT_FOREVER_TOPICS").split("\\s+"));
    List<String> other = Arrays.asList(env("kafka-init", "OTHER_TOPICS").split("\\s+"));
    // as KafkaTopicSetup.KEPT_FOREVER: the articles and dead-letter topics
    assertThat(forever).containsExactlyInAnyOrder(Topics.ARTICLES, Topics.DEAD_LETTER);
    List<String> all = new ArrayList<>(forever);
    all.addAll(other);
    assertThat(all).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    String script = strings(service("kafka-init").path("command")).get(2);
    assertThat(script).contains("--config retention.ms=-1").contains("retention.ms=-1,retention.bytes=-1");
    assertThat(env("kafka", "KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
  }

  @Test
  void everyIndexTemplateAndTheKibanaObjectsAreInstalled() throws IOException {
    Matcher loop = Pattern.compile("for name in ([\\w -]+); do").matcher(DeploymentFiles.read(ELASTIC_SETUP));
    assertThat(loop.find()).isTrue();
    Set<String> installed = new TreeSet<>(Arrays.asList(loop.group(1).trim().split("\\s+")));
    Set<String> shipped = new TreeSet<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("dashboards/elasticsearch"))) {
      files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".template.json"))
          .forEach(f -> shipped.add(f.substring(0, f.length() - ".template.json".length())));
    }
    assertThat(installed).isEqualTo(shipped);
    // setup-elastic.sh sets production shards and replicas by rewriting these two settings of every template.
    for (String name : shipped) {
      assertThat(DeploymentFiles.read(ROOT.resolve("dashboards/elasticsearch/" + name + ".template.json")))
          .as(name).containsPattern("\"number_of_shards\": *[0-9]+").containsPattern("\"number_of_replicas\": *[0-9]+");
    }
    assertThat(command("es-setup")).containsExactly("elasticsearch");
    assertThat(command("kibana-setup")).containsExactly("kibana");
    assertThat(strings(service("es-setup").path("volumes"))).contains(
        "../dashboards/elasticsearch:/presswatch/dashboards/elasticsearch:ro");
    assertThat(strings(service("kibana-setup").path("volumes"))).contains(
        "../dashboards/kibana:/presswatch/dashboards/kibana:ro");
    assertThat(ROOT.resolve("dashboards/kibana/saved-objects.ndjson")).isRegularFile();
  }

  @Test
  void startupOrderWaitsForHealthAndOneShotsRunOnce() {
    Set<String> declaredVolumes = new TreeSet<>();
    compose.path("volumes").fieldNames().forEachRemaining(declaredVolumes::add);
    services.fields().forEachRemaining(s -> {
      JsonNode svc = s.getValue();
      svc.path("depends_on").fields().forEachRemaining(d -> {
        String condition = d.getValue().path("condition").asText();
        assertThat(condition).as("%s waits for %s", s.getKey(), d.getKey())
            .isIn("service_healthy", "service_completed_successfully");
        JsonNode target = service(d.getKey());
        if (condition.equals("service_healthy")) {
          assertThat(target.has("healthcheck")).as("%s has a health check", d.getKey()).isTrue();
        } else {
          assertThat(target.path("restart").asText()).as("%s is a one-shot", d.getKey()).isEqualTo("no");
        }
      });
      boolean oneShot = svc.path("restart").asText().equals("no");
      boolean optional = svc.has("profiles");
      assertThat(oneShot || optional || svc.has("healthcheck")).as("%s has a health check", s.getKey()).isTrue();
      for (JsonNode v : svc.path("volumes")) {
        String source = v.asText().split(":")[0];
        if (source.startsWith(".")) {
          assertThat(COMPOSE.getParent().resolve(source)).as("bind mount of %s", s.getKey()).exists();
        } else {
          assertThat(declaredVolumes).as("volume of %s", s.getKey()).contains(source);
        }
      }
    });
  }

  @Test
  void theExampleEnvironmentHoldsNoRealSecret() {
    Matcher m = Pattern.compile("(?m)^(\\w*(PASSWORD|KEY|SECRET)\\w*)=(.*)$").matcher(DeploymentFiles.read(ENV_EXAMPLE));
    int secrets = 0;
    while (m.find()) {
      assertThat(m.group(3)).as(m.group(1)).startsWith("change-me");
      secrets++;
    }
    assertThat(secrets).isGreaterThanOrEqualTo(4);
    assertThat(DeploymentFiles.read(COMPOSE)).contains("${ELASTIC_PASSWORD:?");
  }

  private static List<String> strings(JsonNode array) {
    return DeploymentFiles.strings(array);
  }
}
