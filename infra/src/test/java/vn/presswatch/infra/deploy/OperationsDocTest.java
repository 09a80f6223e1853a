package vn.presswatch.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.config.Settings;

/** docs/operations.md documents every setting of presswatch-defaults.yaml, with its variable and default. */
class OperationsDocTest {
  static final Path DOC = DeploymentFiles.ROOT.resolve("docs/operations.md");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z]+\\.[a-z.-]+)` \\|(.*)$");

  private final Map<String, String> rows = rows();

  private static Map<String, String> rows() {
    Map<String, String> out = new TreeMap<>();
    String doc = DeploymentFiles.read(DOC);
    int start = doc.indexOf("\n## Configuration reference");
    assertThat(start).as("docs/operations.md has a Configuration reference section").isPositive();
    int end = doc.indexOf("\n## ", start + 1);
    Matcher m = ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void everySettingHasARowWithItsVariableAndDefault() {
    DeploymentFiles.defaults().forEach((key, value) -> {
      assertThat(rows).as("docs/operations.md has a row for `%s`", key).containsKey(key);
      String row = rows.get(key);
      assertThat(row).as("row of %s names its variable", key).contains("`" + Settings.envName(key) + "`");
      assertThat(row).as("row of %s gives its default", key)
          .contains(value.isBlank() ? "(empty)" : "`" + value + "`");
    });
  }

  @Test
  void theDocumentNamesNoSettingThatDoesNotExist() {
    assertThat(rows.keySet()).isNotEmpty().allSatisfy(key ->
        assertThat(DeploymentFiles.defaults()).as("`%s` in docs/operations.md is a setting", key).containsKey(key));
  }

  @Test
  void theReadmeLinksIt() {
    assertThat(DeploymentFiles.read(DeploymentFiles.ROOT.resolve("README.md"))).contains("(docs/operations.md)");
  }
}
