package vn.presswatch.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every configuration key with its value, read from one defaults file shipped in the jar ({@code
 * presswatch-defaults.yaml}) and overridden, in order, by the user's YAML file, by environment variables and by
 * command-line options.
 *
 * <p>Keys are dotted and prefixed by their owner ({@code fetch.}, {@code kafka.}, {@code elasticsearch.}, {@code
 * flink.}). An environment variable overrides a key when its name is {@code MONITOR_} followed by the key in upper
 * case with dots and dashes as underscores: {@code kafka.bootstrap-servers} ← {@code MONITOR_KAFKA_BOOTSTRAP_SERVERS}.
 * Code reads typed values from here and never repeats a default as a literal; asking for a key that the defaults file
 * does not declare is a programming error.
 */
public final class Settings {
  private static final String DEFAULTS = "/presswatch-defaults.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** The shipped defaults alone. */
  public static Settings defaults() {
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
      }
      Map<String, String> flat = new TreeMap<>();
      flatten("", YAML.readTree(in), flat);
      return new Settings(flat);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The defaults overridden by {@code userFile} (when it exists), then by {@code env}, then by {@code overrides}.
   *
   * @throws IllegalArgumentException when the user file does not parse or names an unknown key
   */
  public static Settings load(Path userFile, Map<String, String> env, Map<String, String> overrides) {
    Settings s = defaults();
    if (userFile != null && Files.exists(userFile)) {
      Map<String, String> fromFile = new TreeMap<>();
      try {
        flatten("", YAML.readTree(userFile.toFile()), fromFile);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read settings file " + userFile + ": " + e.getMessage(), e);
      }
      s = s.with(fromFile, userFile.toString());
    }
    Map<String, String> fromEnv = new TreeMap<>();
    for (String key : s.values.keySet()) {
      String value = env.get(envName(key));
      if (value != null) {
        fromEnv.put(key, value);
      }
    }
    return s.with(fromEnv, "environment").with(overrides, "command line");
  }

  /** The environment variable that overrides {@code key}. */
  public static String envName(String key) {
    return "MONITOR_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** A copy with {@code overrides} applied; every key must already exist. */
  public Settings with(Map<String, String> overrides, String origin) {
    Map<String, String> merged = new TreeMap<>(values);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown setting '" + e.getKey() + "' in " + origin);
      }
      merged.put(e.getKey(), e.getValue());
    }
    return new Settings(merged);
  }

  public String string(String key) {
    String v = values.get(key);
    if (v == null && !values.containsKey(key)) {
      throw new IllegalStateException("setting '" + key + "' is not declared in " + DEFAULTS);
    }
    return v;
  }

  public int integer(String key) {
    String v = string(key);
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting '" + key + "' must be a whole number, got '" + v + "'");
    }
  }

  public long longValue(String key) {
    String v = string(key);
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting '" + key + "' must be a whole number, got '" + v + "'");
    }
  }

  public boolean bool(String key) {
    String v = string(key).trim();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new IllegalArgumentException("setting '" + key + "' must be true or false, got '" + v + "'");
  }

  /** An ISO-8601 duration such as {@code PT15M}, or a plain number of milliseconds. */
  public Duration duration(String key) {
    String v = string(key).trim();
    try {
      return v.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(v)) : Duration.parse(v);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "setting '" + key + "' must be a duration like PT30S or a number of milliseconds, got '" + v + "'");
    }
  }

  /** A comma-separated list; empty when the value is blank. */
  public List<String> list(String key) {
    String v = string(key);
    if (v == null || v.isBlank()) {
      return List.of();
    }
    return Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  /** Every key and value, for {@code monitor config} style listings. */
  public Map<String, String> asMap() {
    return values;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node == null || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      out.put(prefix, String.join(",", items));
    } else {
      out.put(prefix, node.isNull() ? "" : node.asText());
    }
  }
}
