package vn.presswatch.core.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a plan from YAML ({@code config/plans/*.yaml}) and checks it. Every problem is reported as an
 * {@link IllegalArgumentException} that names the theme and field at fault, so a user can fix the file.
 */
public final class PlanLoader {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private PlanLoader() {}

  /** Loads and checks the plan in {@code yaml}. */
  public static Plan load(Path yaml) {
    try {
      return parse(Files.readString(yaml, StandardCharsets.UTF_8), yaml.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read plan " + yaml + ": " + e.getMessage(), e);
    }
  }

  /** Parses and checks a plan from YAML text. */
  public static Plan parse(String yamlText) {
    return parse(yamlText, "plan");
  }

  private static Plan parse(String yamlText, String source) {
    Plan plan;
    try {
      plan = YAML.readValue(yamlText, Plan.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(source + ": invalid at " + pathOf(e) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
    }
    if (plan == null) {
      throw new IllegalArgumentException(source + ": empty plan");
    }
    validate(plan, source);
    return plan;
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static void validate(Plan plan, String source) {
    require(notBlank(plan.id()), source, "plan field 'id' is required");
    require(notBlank(plan.title()), source, "plan field 'title' is required");
    require(notBlank(plan.issuer()), source, "plan field 'issuer' is required");
    require(plan.issued() != null, source, "plan field 'issued' is required (YYYY-MM-DD)");
    require(plan.validFrom() != null && plan.validTo() != null, source,
        "plan fields 'valid_from' and 'valid_to' are required (YYYY-MM-DD)");
    require(!plan.validTo().isBefore(plan.validFrom()), source, "'valid_to' is before 'valid_from'");
    require(!plan.themes().isEmpty(), source, "plan has no themes");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < plan.themes().size(); i++) {
      Theme t = plan.themes().get(i);
      String where = "theme #" + (i + 1) + (notBlank(t.id()) ? " (" + t.id() + ")" : "");
      require(notBlank(t.id()), source, where + ": field 'id' is required");
      require(ids.add(t.id()), source, where + ": duplicate theme id '" + t.id() + "'");
      require(t.kind() != null, source, where + ": field 'kind' is required (focal or regular)");
      require(notBlank(t.nameVi()), source, where + ": field 'name_vi' is required");
      require(notBlank(t.nameEn()), source, where + ": field 'name_en' is required");
      require(!t.signals().keyPhrases().isEmpty() || !t.signals().documents().isEmpty(), source,
          where + ": 'signals' needs at least one key phrase or document, or the theme can never match");
      require(t.threshold() == null || t.threshold() > 0, source, where + ": 'threshold' must be positive");
      t.signals().keyPhrases().forEach(p -> require(notBlank(p), source, where + ": blank key phrase"));
      t.signals().supportingPhrases().forEach(p -> require(notBlank(p), source, where + ": blank supporting phrase"));
      t.signals().negatives().forEach(p -> require(notBlank(p), source, where + ": blank negative phrase"));
      t.signals().titleNegatives().forEach(p -> require(notBlank(p), source, where + ": blank title negative"));
    }
    for (PlanForm f : plan.forms()) {
      require(notBlank(f.id()), source, "form: field 'id' is required");
      require(!f.phrases().isEmpty(), source, "form " + f.id() + ": field 'phrases' is required");
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static void require(boolean ok, String source, String message) {
    if (!ok) {
      throw new IllegalArgumentException(source + ": " + message);
    }
  }
}
