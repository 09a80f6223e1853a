package vn.presswatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.plan.PlanLoader;
import vn.presswatch.dashboards.kibana.KibanaImport;
import vn.presswatch.dashboards.kibana.PresswatchDashboards;

/**
 * {@code monitor dashboards}: imports the Kibana saved objects (data views, Lens visualisations, saved searches,
 * dashboards) into Kibana, or regenerates them from the plans. Exit codes of {@code import}: 0 when every object was
 * imported, 1 when Kibana rejected some, 2 when the import could not be done at all.
 */
@Command(name = "dashboards", mixinStandardHelpOptions = true,
    description = "Kibana dashboards: import them into Kibana, or regenerate them from the plans.")
public final class DashboardsCommand {
  /** The saved objects shipped in the dashboards jar, generated from config/plans. */
  static final String SHIPPED = "/kibana/saved-objects.ndjson";
  /** Exit code when Kibana imported only some objects. */
  static final int SOME_REJECTED = 1;
  /** Exit code when nothing could be imported: Kibana unreachable, credentials refused, bad answer. */
  static final int IMPORT_FAILED = 2;

  @Spec CommandSpec spec;

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Post the saved objects to Kibana's saved objects import API.",
          "Credentials and CA file may also come from MONITOR_KIBANA_API_KEY, MONITOR_KIBANA_USERNAME, "
              + "MONITOR_KIBANA_PASSWORD and MONITOR_KIBANA_CA_FILE (safer than the command line)."})
  int importObjects(
      @Option(names = "--kibana", required = true, paramLabel = "URL",
          description = "Kibana's URL, e.g. https://kibana.example:5601 (with its base path, if any).") String url,
      @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:MONITOR_KIBANA_API_KEY}",
          description = "Encoded API key (an Elasticsearch API key works).") String apiKey,
      @Option(names = "--username", paramLabel = "USER", defaultValue = "${env:MONITOR_KIBANA_USERNAME}",
          description = "Basic-auth user.") String username,
      @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:MONITOR_KIBANA_PASSWORD}",
          description = "Basic-auth password.") String password,
      @Option(names = "--ca-file", paramLabel = "PEM", defaultValue = "${env:MONITOR_KIBANA_CA_FILE}",
          description = "CA certificate that signed Kibana's certificate.") String caFile,
      @Option(names = "--space", paramLabel = "ID", description = "Kibana space id. Default: the default space.")
          String space,
      @Option(names = "--overwrite", description = "Replace objects that already exist (same ids).")
          boolean overwrite,
      @Option(names = "--file", paramLabel = "NDJSON",
          description = "Saved objects to import. Default: the ones shipped with presswatch.") Path file) {
    CommandLine cli = spec.commandLine();
    if (apiKey != null && !apiKey.isBlank() && username != null && !username.isBlank()) {
      throw new CommandLine.ParameterException(cli, "give either --api-key or --username/--password, not both");
    }
    if (username != null && !username.isBlank() && (password == null || password.isEmpty())) {
      throw new CommandLine.ParameterException(cli, "--username needs --password (or MONITOR_KIBANA_PASSWORD)");
    }
    KibanaImport.Target target;
    KibanaImport kibana;
    try {
      target = new KibanaImport.Target(url, apiKey, username, password, caFile, space);
      kibana = new KibanaImport(target);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    byte[] ndjson = read(file, cli);
    String fileName = file == null ? "saved-objects.ndjson" : file.getFileName().toString();
    long objects = new String(ndjson, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    KibanaImport.Result result;
    try {
      result = kibana.importObjects(ndjson, fileName.endsWith(".ndjson") ? fileName : fileName + ".ndjson",
          overwrite);
    } catch (KibanaImport.ImportException e) {
      err.println("Import failed: " + e.getMessage());
      return IMPORT_FAILED;
    }
    out.printf("Imported %d of %d saved objects into %s%n", result.successCount(), objects, target);
    if (result.errors().isEmpty() && result.success()) {
      return 0;
    }
    err.printf("Kibana did not import %d object(s):%n", result.errors().size());
    for (KibanaImport.ObjectError e : result.errors()) {
      err.printf("  %s %s \"%s\": %s%n", e.type(), e.id(), e.title(), e.error());
    }
    if (result.errors().stream().anyMatch(e -> e.error().startsWith("conflict"))) {
      err.println("Objects with these ids already exist; re-run with --overwrite to replace them.");
    }
    return SOME_REJECTED;
  }

  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Regenerate the saved objects from the plans (theme labels, sub-points, evidence phrases).")
  int generate(@Mixin HomeOptions home,
      @Option(names = "--plan", paramLabel = "YAML",
          description = "Plan file(s) (repeatable). Default: the monitor.plans setting.") List<Path> plans,
      @Option(names = "--out", paramLabel = "NDJSON", defaultValue = "dashboards/kibana/saved-objects.ndjson",
          description = "Where to write them. Default: ${DEFAULT-VALUE}.") Path out) throws IOException {
    CommandLine cli = spec.commandLine();
    List<Path> files = plans != null ? plans
        : home.settings().list("monitor.plans").stream().map(Path::of).toList();
    List<Plan> loaded;
    try {
      loaded = files.stream().map(PlanLoader::load).toList();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    String ndjson = PresswatchDashboards.ndjson(loaded);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, ndjson, StandardCharsets.UTF_8);
    cli.getOut().printf("Wrote %d saved objects for %d plan(s) to %s%n", ndjson.lines().count(), loaded.size(), out);
    return 0;
  }

  private static byte[] read(Path file, CommandLine cli) {
    try {
      if (file != null) {
        return Files.readAllBytes(file);
      }
      try (InputStream in = DashboardsCommand.class.getResourceAsStream(SHIPPED)) {
        if (in == null) {
          throw new IllegalStateException(SHIPPED + " is missing from the classpath");
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cli, "cannot read " + file + ": " + e.getMessage());
    }
  }
}
