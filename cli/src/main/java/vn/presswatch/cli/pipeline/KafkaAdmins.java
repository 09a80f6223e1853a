package vn.presswatch.cli.pipeline;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Kafka admin clients for the pipeline's set-up and status, with one timeout for every call. */
final class KafkaAdmins {
  private KafkaAdmins() {}

  static Admin create(String bootstrapServers, Duration timeout) {
    int millis = (int) timeout.toMillis();
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis));
  }
}
