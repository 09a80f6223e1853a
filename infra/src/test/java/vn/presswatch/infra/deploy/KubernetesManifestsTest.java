package vn.presswatch.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.infra.deploy.DeploymentFiles.K8S;
import static vn.presswatch.infra.deploy.DeploymentFiles.ROOT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.Topics;
import vn.presswatch.infra.deploy.DeploymentFiles.Image;

/** Checks the manifests under infra/k8s against the code, the root pom and each other. */
class KubernetesManifestsTest {
  private final Map<String, JsonNode> manifests = DeploymentFiles.k8sManifests();
  private final JsonNode kustomization = DeploymentFiles.yaml(K8S.resolve("kustomization.yaml"));
  private final Properties pom = DeploymentFiles.pomProperties();

  private JsonNode manifest(String kindAndName) {
    assertThat(manifests).as("manifests under %s", K8S).containsKey(kindAndName);
    return manifests.get(kindAndName);
  }

  private List<JsonNode> ofKind(String kind) {
    return manifests.values().stream().filter(m -> m.path("kind").asText().equals(kind)).toList();
  }

  private JsonNode flink() {
    return manifest("FlinkDeployment/presswatch-coverage");
  }

  private JsonNode crawler() {
    return manifest("Deployment/presswatch-crawler-0").path("spec").path("template").path("spec")
        .path("containers").get(0);
  }

  private static Map<String, String> env(JsonNode container) {
    Map<String, String> out = new HashMap<>();
    container.path("env").forEach(e -> out.put(e.path("name").asText(), e.path("value").asText(null)));
    return out;
  }

  @Test
  void kustomizationListsEveryManifestAndItsGeneratedFilesExist() throws Exception {
    Set<String> listed = new TreeSet<>(DeploymentFiles.strings(kustomization.path("resources")));
    Set<String> present = new TreeSet<>();
    try (var files = Files.list(K8S)) {
      files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
          .forEach(present::add);
    }
    assertThat(listed).isEqualTo(present);
    List<String> generated = new ArrayList<>();
    kustomization.path("configMapGenerator").forEach(g -> generated.addAll(DeploymentFiles.strings(g.path("files"))));
    kustomization.path("secretGenerator").forEach(g -> generated.addAll(DeploymentFiles.strings(g.path("files"))));
    assertThat(generated).isNotEmpty().allSatisfy(f ->
        assertThat(K8S.resolve(f.substring(f.indexOf('=') + 1)).normalize()).isRegularFile());
    assertThat(manifests).isNotEmpty();
  }

  @Test
  void versionsMatchTheRootPomAndImagesArePinned() {
    JsonNode kafka = manifest("Kafka/presswatch");
    assertThat(kafka.path("spec").path("kafka").path("version").asText()).isEqualTo(pom.getProperty("kafka.version"));
    assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
    assertThat(ofKind("KafkaNodePool")).singleElement().satisfies(p ->
        assertThat(DeploymentFiles.strings(p.path("spec").path("roles"))).contains("controller", "broker"));
    String es = pom.getProperty("elasticsearch.version");
    assertThat(manifest("Elasticsearch/presswatch-es").path("spec").path("version").asText()).isEqualTo(es);
    assertThat(manifest("Kibana/presswatch-kibana").path("spec").path("version").asText()).isEqualTo(es);

    String[] flinkVersion = pom.getProperty("flink.version").split("\\.");
    assertThat(flink().path("spec").path("flinkVersion").asText())
        .isEqualTo("v" + flinkVersion[0] + "_" + flinkVersion[1]);
    List<String> images = new ArrayList<>(List.of(flink().path("spec").path("image").asText()));
    for (String kind : List.of("Deployment", "Job")) {
      ofKind(kind).forEach(d -> d.path("spec").path("template").path("spec").path("containers")
          .forEach(c -> images.add(c.path("image").asText())));
    }
    assertThat(images).allSatisfy(i -> assertThat(Image.parse(i).pinned()).as(i).isTrue());
    assertThat(images).filteredOn(i -> i.contains("elasticsearch")).isNotEmpty()
        .allSatisfy(i -> assertThat(i).endsWith(":" + es));
    String plugin = env(flink().path("spec").path("podTemplate").path("spec").path("containers").get(0))
        .get("ENABLE_BUILT_IN_PLUGINS");
    assertThat(plugin).endsWith("-" + pom.getProperty("flink.version") + ".jar");
  }

  @Test
  void topicsAreTheCodesWithArticlesAndDeadLettersKeptForever() {
    Map<String, JsonNode> byTopic = new HashMap<>();
    ofKind("KafkaTopic").forEach(t -> {
      byTopic.put(t.path("spec").path("topicName").asText(), t);
      assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("presswatch");
    });
    assertThat(byTopic.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    for (String kept : List.of(Topics.ARTICLES, Topics.DEAD_LETTER)) {
      JsonNode config = byTopic.get(kept).path("spec").path("config");
      assertThat(config.path("retention.ms").asLong()).as(kept).isEqualTo(-1);
      assertThat(config.path("retention.bytes").asLong()).as(kept).isEqualTo(-1);
    }
    assertThat(byTopic.get(Topics.ARTICLES).path("spec").path("partitions").asInt())
        .as("articles partitions >= job parallelism")
        .isGreaterThanOrEqualTo(flink().path("spec").path("job").path("parallelism").asInt());
  }

  @Test
  void theJobRunsTheJarsMainClassWithRealSettingsPointingAtTheClusters() {
    JsonNode job = flink().path("spec").path("job");
    assertThat(job.path("entryClass").asText()).isEqualTo(DeploymentFiles.jobJarMainClass());
    assertThat(job.path("jarURI").asText()).isEqualTo("local:///opt/presswatch/presswatch-job.jar");
    assertThat(DeploymentFiles.read(DeploymentFiles.DOCKERFILE))
        .contains("/opt/presswatch/presswatch-job.jar");
    Map<String, String> args = DeploymentFiles.settingArguments(DeploymentFiles.strings(job.path("args")));
    assertThat(args.keySet()).allSatisfy(k ->
        assertThat(DeploymentFiles.settingVariables()).as("--%s is a setting", k).containsValue(k));
    assertThat(args.get("flink.parallelism")).isEqualTo(job.path("parallelism").asText());

    assertThat(args.get("kafka.bootstrap-servers")).isEqualTo(kafkaBootstrap());
    assertThat(env(crawler())).containsEntry("MONITOR_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
    // ECK serves HTTPS on <name>-es-http:9200 with its CA in <name>-es-http-certs-public.
    assertThat(args.get("elasticsearch.url")).isEqualTo("https://presswatch-es-es-http:9200");
    JsonNode pod = flink().path("spec").path("podTemplate").path("spec");
    assertThat(pod.path("volumes").findValuesAsText("secretName")).contains("presswatch-es-es-http-certs-public");
    assertThat(env(pod.path("containers").get(0)).get("MONITOR_ELASTICSEARCH_CA_FILE"))
        .startsWith("/opt/presswatch/es-ca/");
  }

  private String kafkaBootstrap() {
    JsonNode kafka = manifest("Kafka/presswatch");
    JsonNode plain = kafka.path("spec").path("kafka").path("listeners").get(0);
    assertThat(plain.path("tls").asBoolean()).isFalse();
    return kafka.path("metadata").path("name").asText() + "-kafka-bootstrap:" + plain.path("port").asText();
  }

  @Test
  void everyPresswatchVariableNamesARealSettingAndSecretsAreReferencedNotCommitted() {
    Map<String, String> known = DeploymentFiles.settingVariables();
    List<JsonNode> containers = new ArrayList<>(List.of(crawler()));
    flink().path("spec").path("podTemplate").path("spec").path("containers").forEach(containers::add);
    for (JsonNode c : containers) {
      c.path("env").forEach(e -> {
        String name = e.path("name").asText();
        if (name.startsWith("MONITOR_")) {
          assertThat(known).as("%s is MONITOR_ + a key of presswatch-defaults.yaml", name).containsKey(name);
        }
        if (name.contains("PASSWORD") || name.contains("SECRET")) {
          assertThat(e.has("valueFrom")).as("%s comes from a Secret", name).isTrue();
        }
      });
    }
    assertThat(ofKind("Secret")).isEmpty();
  }

  @Test
  void theConfigFilesTheProcessesAreToldAboutAreMounted() {
    Map<String, String> args = DeploymentFiles.settingArguments(
        DeploymentFiles.strings(flink().path("spec").path("job").path("args")));
    List<String> crawlerArgs = DeploymentFiles.strings(crawler().path("args"));
    JsonNode flinkPod = flink().path("spec").path("podTemplate").path("spec");
    JsonNode crawlerPod = manifest("Deployment/presswatch-crawler-0").path("spec").path("template").path("spec");
    Map<JsonNode, List<String>> toldPaths = Map.of(
        flinkPod, List.of(args.get("monitor.plans"), args.get("monitor.outlets")),
        crawlerPod, List.of(crawlerArgs.get(crawlerArgs.indexOf("--outlets") + 1)));
    Map<String, String> generated = new HashMap<>();
    kustomization.path("configMapGenerator").forEach(g -> DeploymentFiles.strings(g.path("files")).forEach(f ->
        generated.put(f.substring(0, f.indexOf('=')), f.substring(f.indexOf('=') + 1))));
    toldPaths.forEach((pod, paths) -> paths.forEach(path -> {
      String source = mountedFile(pod, pod.path("containers").get(0), path, generated);
      assertThat(K8S.resolve(source).normalize()).as(path).isRegularFile().startsWith(ROOT.resolve("config"));
    }));
  }

  /** The kustomize source file behind a container path, through a ConfigMap volume with items. */
  private static String mountedFile(JsonNode pod, JsonNode container, String path, Map<String, String> generated) {
    for (JsonNode mount : container.path("volumeMounts")) {
      String dir = mount.path("mountPath").asText() + "/";
      if (path.startsWith(dir)) {
        for (JsonNode volume : pod.path("volumes")) {
          if (volume.path("name").asText().equals(mount.path("name").asText())) {
            for (JsonNode item : volume.path("configMap").path("items")) {
              if (item.path("path").asText().equals(path.substring(dir.length()))) {
                return generated.get(item.path("key").asText());
              }
            }
          }
        }
      }
    }
    throw new AssertionError(path + " is not mounted from the presswatch-config ConfigMap");
  }

  @Test
  void metricsAreServedWherePrometheusIsToldToScrape() {
    JsonNode spec = flink().path("spec");
    String flinkPort = spec.path("flinkConfiguration").path("metrics.reporter.prom.port").asText();
    assertThat(spec.path("flinkConfiguration").path("metrics.reporter.prom.factory.class").asText())
        .isEqualTo("org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
    assertThat(spec.path("podTemplate").path("metadata").path("annotations").path("prometheus.io/port").asText())
        .isEqualTo(flinkPort);

    JsonNode template = manifest("Deployment/presswatch-crawler-0").path("spec").path("template");
    String crawlerPort = DockerComposeTest.metricsPort(DeploymentFiles.strings(crawler().path("args")));
    assertThat(template.path("metadata").path("annotations").path("prometheus.io/port").asText())
        .isEqualTo(crawlerPort);
    assertThat(crawler().path("ports").get(0).path("containerPort").asText()).isEqualTo(crawlerPort);
    assertThat(crawler().path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/metrics");
  }

  @Test
  void theSetupJobsInstallEveryShippedTemplateAndTheKibanaObjects() throws Exception {
    Set<String> shipped = new TreeSet<>();
    try (var files = Files.list(ROOT.resolve("dashboards/elasticsearch"))) {
      files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".template.json")).forEach(shipped::add);
    }
    JsonNode templates = manifest("Job/presswatch-es-templates").path("spec").path("template").path("spec");
    assertThat(DeploymentFiles.strings(templates.path("containers").get(0).path("command"))).endsWith("templates");
    Set<String> mounted = new TreeSet<>();
    templates.path("volumes").get(0).path("configMap").path("items").forEach(i -> {
      String path = i.path("path").asText();
      if (path.startsWith("dashboards/elasticsearch/")) {
        mounted.add(path.substring("dashboards/elasticsearch/".length()));
      }
    });
    assertThat(mounted).isEqualTo(shipped);
    JsonNode kibana = manifest("Job/presswatch-kibana-objects").path("spec").path("template").path("spec");
    assertThat(kibana.path("volumes").get(0).path("configMap").path("items").findValuesAsText("path"))
        .contains("dashboards/kibana/saved-objects.ndjson", "setup-elastic.sh");
    assertThat(env(kibana.path("containers").get(0)).get("KIBANA_URL"))
        .isEqualTo("https://" + manifest("Kibana/presswatch-kibana").path("metadata").path("name").asText()
            + "-kb-http:5601");
  }

  @Test
  void theWriterRoleIsTheSameOnKubernetesAndInCompose() throws Exception {
    JsonNode eck = DeploymentFiles.yaml(K8S.resolve("es-roles.yml")).path("presswatch_writer");
    Matcher m = Pattern.compile(
        "_security/role/\\$\\{prefix}_writer\".*?-d \"(\\{.*?})\"\n", Pattern.DOTALL)
        .matcher(DeploymentFiles.read(DeploymentFiles.ELASTIC_SETUP));
    assertThat(m.find()).as("setup-elastic.sh puts the presswatch_writer role").isTrue();
    JsonNode compose = new ObjectMapper().readTree(
        m.group(1).replace("\\\"", "\"").replace("${prefix}", "presswatch"));
    assertThat(compose).isEqualTo(eck);
    assertThat(eck.path("indices").get(0).path("names").get(0).asText()).isEqualTo("presswatch-*");
  }

  @Test
  void oneCrawlerPerStateVolume() {
    JsonNode deployment = manifest("Deployment/presswatch-crawler-0").path("spec");
    assertThat(deployment.path("replicas").asInt()).isEqualTo(1);
    assertThat(deployment.path("strategy").path("type").asText()).isEqualTo("Recreate");
    String claim = deployment.path("template").path("spec").path("volumes").findValue("claimName").asText();
    assertThat(manifests).containsKey("PersistentVolumeClaim/" + claim);
    assertThat(env(crawler())).containsKey(DeploymentFiles.MONITOR_HOME);
  }
}
