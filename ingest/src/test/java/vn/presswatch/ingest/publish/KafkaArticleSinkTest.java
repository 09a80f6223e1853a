package vn.presswatch.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KafkaArticleSinkTest {
  private static final long NOW = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();

  @Test
  void theRecordTimestampIsThePublicationTime() {
    Instant published = Instant.parse("2019-05-28T10:47:00Z");
    assertThat(KafkaArticleSink.recordTimestamp(published, NOW)).isEqualTo(published.toEpochMilli());
  }

  @Test
  void aPublicationTimeInTheFutureIsClampedToNowSoThatTheBrokerAcceptsTheRecord() {
    assertThat(KafkaArticleSink.recordTimestamp(Instant.parse("2999-12-31T23:59:59Z"), NOW)).isEqualTo(NOW);
    assertThat(KafkaArticleSink.recordTimestamp(Instant.ofEpochMilli(NOW).plusSeconds(7 * 3600), NOW))
        .as("a Vietnam-local time read as UTC").isEqualTo(NOW);
  }

  @Test
  void aPublicationTimeBeforeTheEpochIsClampedToZeroSinceKafkaRefusesNegativeTimestamps() {
    assertThat(KafkaArticleSink.recordTimestamp(Instant.parse("0001-01-01T00:00:00Z"), NOW)).isZero();
    assertThat(KafkaArticleSink.recordTimestamp(Instant.parse("1969-12-31T23:59:59.500Z"), NOW)).isZero();
  }
}
