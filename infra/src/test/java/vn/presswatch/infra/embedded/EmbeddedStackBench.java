package vn.presswatch.infra.embedded;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.presswatch.core.io.Directories;

/**
 * Measures how long the embedded servers take to start in a fresh JVM and how much memory they
 * hold once started. Run one mode per JVM, for example:
 *
 * <pre>
 * java -cp "infra/target/test-classes:infra/target/classes:$(cat infra/target/bench.classpath)" \
 *     vn.presswatch.infra.embedded.EmbeddedStackBench both
 * </pre>
 *
 * <p>Modes: {@code es}, {@code kafka}, {@code both} (Kafka then Elasticsearch). Each run starts on
 * new, empty directories (so Kafka includes formatting), prints one line of results and deletes
 * the directories. Besides wall-clock start times it prints the CPU time the whole process used
 * (JVM start, class loading and GC included), which depends less on other load on the machine.
 */
public final class EmbeddedStackBench {

  private EmbeddedStackBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "both" : args[0];
    if (!List.of("es", "kafka", "both").contains(mode)) {
      throw new IllegalArgumentException("mode must be es, kafka or both, was " + mode);
    }
    Path root = Files.createTempDirectory("presswatch-bench");
    long kafkaMs = 0;
    long esMs = 0;
    EmbeddedKafka kafka = null;
    EmbeddedElasticsearch elasticsearch = null;
    long startedAt = System.nanoTime();
    try {
      if (!mode.equals("es")) {
        long t = System.nanoTime();
        kafka = EmbeddedKafka.start(root.resolve("kafka"), 0);
        kafkaMs = elapsedMs(t);
      }
      if (!mode.equals("kafka")) {
        long t = System.nanoTime();
        elasticsearch = EmbeddedElasticsearch.start(root.resolve("es"), 0);
        esMs = elapsedMs(t);
      }
      long totalMs = elapsedMs(startedAt);
      System.gc();
      long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long cpuMs =
          TimeUnit.NANOSECONDS.toMillis(
              ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime());
      System.out.printf(
          Locale.ROOT,
          "BENCH mode=%s kafka_start_ms=%d es_start_ms=%d total_ms=%d heap_used_mib=%.1f rss_mib=%.1f"
              + " jvm_uptime_ms=%d process_cpu_ms=%d%n",
          mode,
          kafkaMs,
          esMs,
          totalMs,
          heapUsed / 1048576.0,
          residentKib() / 1024.0,
          ManagementFactory.getRuntimeMXBean().getUptime(),
          cpuMs);
    } finally {
      if (elasticsearch != null) {
        elasticsearch.close();
      }
      if (kafka != null) {
        kafka.close();
      }
      Directories.deleteTree(root);
    }
  }

  private static long elapsedMs(long since) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
  }

  /** VmRSS of this process from {@code /proc/self/status} (Linux only). */
  private static long residentKib() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.replaceAll("\\D", ""))
          .mapToLong(Long::parseLong)
          .findFirst()
          .orElseThrow();
    }
  }

}
