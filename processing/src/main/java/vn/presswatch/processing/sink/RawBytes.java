package vn.presswatch.processing.sink;

import org.apache.flink.api.common.serialization.SerializationSchema;

/** Writes records that are already serialised (dead-letter JSON) to Kafka as they are. */
public final class RawBytes implements SerializationSchema<byte[]> {
  private static final long serialVersionUID = 1L;

  @Override
  public byte[] serialize(byte[] element) {
    return element;
  }
}
