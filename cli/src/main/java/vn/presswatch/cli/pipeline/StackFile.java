package vn.presswatch.cli.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import vn.presswatch.core.json.Json;

/**
 * The endpoints of the running pipeline, written to {@code $MONITOR_HOME/stack.json} by {@code monitor run} so that
 * other subcommands ({@code status}, {@code query}, {@code report}) find the stack without being told.
 *
 * @param kafka Kafka bootstrap servers
 * @param elasticsearch Elasticsearch URL(s)
 * @param flinkWeb Flink web UI / REST URL
 * @param pid process id of {@code monitor run}
 */
public record StackFile(String kafka, String elasticsearch, String flinkWeb, long pid) {
  public static final String NAME = "stack.json";

  private static final ObjectMapper JSON = Json.mapper();

  /** Writes atomically, so a reader never sees half a file. */
  public void write(Path home) {
    try {
      Files.createDirectories(home);
      Path tmp = home.resolve(NAME + ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
      Files.move(tmp, home.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + home.resolve(NAME), e);
    }
  }

  /** Removes the stack file of {@code home}: the pipeline has stopped. */
  public static void delete(Path home) {
    try {
      Files.deleteIfExists(home.resolve(NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + home.resolve(NAME), e);
    }
  }

  /** The stack file in {@code home}, if a pipeline runs there (or ran there and was killed). */
  public static Optional<StackFile> read(Path home) {
    Path file = home.resolve(NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), StackFile.class));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether the process that wrote this file is still alive. */
  public boolean running() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
