package vn.presswatch.processing.model;

/**
 * One Kafka record as read, before parsing, so a bad one can be dead-lettered with where it came from.
 *
 * @param topic source topic
 * @param partition source partition
 * @param offset source offset
 * @param timestamp Kafka record timestamp (the article's published time when the crawler wrote it)
 * @param value record value, may be null for a tombstone
 */
public record RawRecord(String topic, int partition, long offset, long timestamp, byte[] value) {
  /** {@code topic/partition@offset}, for log lines and dead letters. */
  public String position() {
    return topic + "/" + partition + "@" + offset;
  }
}
