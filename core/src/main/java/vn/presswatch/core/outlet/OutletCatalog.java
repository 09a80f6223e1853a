package vn.presswatch.core.outlet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The outlets a deployment monitors, loaded from {@code outlets.yaml}. Adding an outlet is a config edit.
 *
 * @param outlets the outlets in file order
 */
public record OutletCatalog(List<Outlet> outlets) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  public OutletCatalog {
    outlets = List.copyOf(outlets);
  }

  /**
   * Reads and validates an outlets file.
   *
   * @throws IllegalArgumentException naming the file and the outlet at fault
   */
  public static OutletCatalog load(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read outlets file " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses and validates outlets YAML text (a top-level {@code outlets:} list). */
  public static OutletCatalog parse(String yaml) {
    OutletCatalog catalog;
    try {
      catalog = YAML.readValue(yaml, OutletCatalog.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("invalid outlets YAML: " + e.getOriginalMessage(), e);
    }
    if (catalog == null || catalog.outlets() == null) {
      throw new IllegalArgumentException("no 'outlets:' list");
    }
    catalog.validate();
    return catalog;
  }

  private void validate() {
    Set<String> seen = new HashSet<>();
    for (Outlet o : outlets) {
      if (o.id() == null || !ID.matcher(o.id()).matches()) {
        throw new IllegalArgumentException(
            "outlet id '" + o.id() + "' must be lower-case letters, digits and dashes (outlet " + o.name() + ")");
      }
      if (!seen.add(o.id())) {
        throw new IllegalArgumentException("outlet id '" + o.id() + "' appears twice");
      }
      if (o.name() == null || o.name().isBlank()) {
        throw new IllegalArgumentException("outlet '" + o.id() + "' has no name");
      }
      for (Feed feed : o.feeds()) {
        if (feed.url() == null || feed.url().isBlank()) {
          throw new IllegalArgumentException("outlet '" + o.id() + "' has a feed without a url");
        }
      }
      if (o.crawlInterval() != null && o.crawlInterval().compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("outlet '" + o.id() + "': crawl_interval must be at least PT1M");
      }
    }
  }

  /** The outlet with this id, if configured. */
  public Optional<Outlet> byId(String id) {
    return outlets.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
