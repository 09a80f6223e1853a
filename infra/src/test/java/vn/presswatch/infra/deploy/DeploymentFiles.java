package vn.presswatch.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.presswatch.core.config.Settings;

/** Reads the deployment files of the repository (tests run in {@code infra/}, the repository is {@code ..}). */
final class DeploymentFiles {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path COMPOSE = ROOT.resolve("infra/docker-compose.yml");
  static final Path K8S = ROOT.resolve("infra/k8s");
  static final Path DOCKERFILE = ROOT.resolve("infra/docker/Dockerfile");
  static final Path SUBMIT_SCRIPT = ROOT.resolve("infra/docker/submit-job.sh");
  static final Path ELASTIC_SETUP = ROOT.resolve("infra/docker/setup-elastic.sh");
  static final Path ENV_EXAMPLE = ROOT.resolve("infra/.env.example");
  static final Path PROMETHEUS = ROOT.resolve("infra/prometheus/prometheus.yml");
  static final Path DEFAULTS = ROOT.resolve("core/src/main/resources/presswatch-defaults.yaml");
  /** The work-directory variable the CLI reads besides the settings (cli HomeOptions.MONITOR_HOME). */
  static final String MONITOR_HOME = "MONITOR_HOME";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeploymentFiles() {}

  /**
   * Every YAML document of {@code file}, in order (a multi-document file gives several). Parsed by SnakeYAML, the
   * parser under Jackson's YAML module, because it also resolves anchors and aliases ({@code *flink-properties}),
   * which Jackson's tree reader leaves unresolved.
   */
  static List<JsonNode> yamlDocuments(Path file) {
    List<JsonNode> docs = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
        if (doc != null) {
          docs.add(JSON.valueToTree(doc));
        }
      }
      return docs;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
    }
  }

  static JsonNode yaml(Path file) {
    List<JsonNode> docs = yamlDocuments(file);
    if (docs.size() != 1) {
      throw new IllegalStateException(file + " holds " + docs.size() + " documents, expected 1");
    }
    return docs.get(0);
  }

  /** Every Kubernetes manifest under infra/k8s: kind/name → document. */
  static Map<String, JsonNode> k8sManifests() {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(K8S)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode doc : yamlDocuments(f)) {
          all.put(doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText(), doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The root pom's properties (kafka.version, flink.version, elasticsearch.version, ...). */
  static Properties pomProperties() {
    Element props = (Element) pom(ROOT.resolve("pom.xml")).getElementsByTagName("properties").item(0);
    Properties out = new Properties();
    NodeList children = props.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e) {
        out.setProperty(e.getTagName(), e.getTextContent().trim());
      }
    }
    return out;
  }

  static Document pom(Path file) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + file, e);
    }
  }

  /** The project version of the root pom. */
  static String projectVersion() {
    return ((Element) pom(ROOT.resolve("pom.xml")).getDocumentElement().getElementsByTagName("version").item(0))
        .getTextContent().trim();
  }

  /** The Main-Class the processing module writes into the job jar's manifest. */
  static String jobJarMainClass() {
    return pom(ROOT.resolve("processing/pom.xml")).getElementsByTagName("mainClass").item(0).getTextContent().trim();
  }

  /** The classifier of the processing module's shaded job jar. */
  static String jobJarClassifier() {
    return pom(ROOT.resolve("processing/pom.xml")).getElementsByTagName("shadedClassifierName").item(0)
        .getTextContent().trim();
  }

  /**
   * Every setting of this tree's {@code core/src/main/resources/presswatch-defaults.yaml} with its default, flattened
   * to dotted keys as {@link Settings} does. Read from the file, not the classpath, so that a {@code core} jar built
   * from another tree cannot stand in for it.
   */
  static Map<String, String> defaults() {
    Map<String, String> out = new TreeMap<>();
    flatten("", yaml(DEFAULTS), out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e ->
          flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      out.put(prefix, String.join(",", strings(node)));
    } else {
      out.put(prefix, node.isNull() ? "" : node.asText());
    }
  }

  /** Every environment variable name a presswatch process reads as a setting, plus the work directory's. */
  static Map<String, String> settingVariables() {
    Map<String, String> byVariable = new HashMap<>();
    defaults().keySet().forEach(k -> byVariable.put(Settings.envName(k), k));
    byVariable.put(MONITOR_HOME, "monitor.home");
    return byVariable;
  }

  /** {@code --key value} pairs of an argument list, as CoverageJobMain and the settings read them. */
  static Map<String, String> settingArguments(List<String> args) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).startsWith("--") && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        pairs.put(args.get(i).substring(2), args.get(++i));
      }
    }
    return pairs;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Flink's flat configuration as given in a FLINK_PROPERTIES block ("key: value" lines). */
  static Map<String, String> flinkProperties(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : block.split("\n")) {
      Matcher m = Pattern.compile("^\\s*([\\w.-]+):\\s*(.*?)\\s*$").matcher(line);
      if (m.matches()) {
        out.put(m.group(1), m.group(2));
      }
    }
    return out;
  }

  /** Image references: {@code name:tag} split; {@code tag} is null when absent. */
  record Image(String name, String tag) {
    static Image parse(String ref) {
      int slash = ref.lastIndexOf('/');
      int colon = ref.lastIndexOf(':');
      return colon > slash ? new Image(ref.substring(0, colon), ref.substring(colon + 1)) : new Image(ref, null);
    }

    boolean pinned() {
      return tag != null && !tag.isBlank() && !tag.equals("latest") && !tag.contains("${");
    }
  }
}
