package vn.presswatch.ingest.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.presswatch.ingest.fetch.FetchResponse;

/**
 * Appends each fetched response as a gzipped WARC response record to {@code <dir>/presswatch-<time>-<n>.warc.gz},
 * starting a new file past a size limit. The body is stored as the crawler used it (decompressed, so
 * Content-Encoding and Content-Length are rewritten). {@link #archive} returns {@code file#offset}, the value stored
 * in {@code Article.warc}; jwarc's {@code WarcReader} can seek to that offset and read the record back.
 */
public final class WarcArchive implements ResponseArchive {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxFileBytes;
  private final AtomicInteger sequence = new AtomicInteger();
  private Path current;
  private FileChannel channel;
  private WarcWriter writer;

  public WarcArchive(Path dir, long maxFileBytes) {
    this.dir = dir;
    this.maxFileBytes = maxFileBytes;
  }

  /** Archives one response; returns where it is ({@code file-name#offset}). */
  @Override
  public synchronized String archive(FetchResponse response) {
    try {
      if (writer == null || writer.position() > maxFileBytes) {
        roll(response);
      }
      HttpResponse.Builder http = new HttpResponse.Builder(response.status(), response.status() == 200 ? "OK"
          : "Not Modified");
      for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
        String name = header.getKey();
        if (!name.equals("content-encoding") && !name.equals("content-length")
            && !name.equals("transfer-encoding") && !name.equals(":status")) {
          header.getValue().forEach(v -> http.addHeader(name, v));
        }
      }
      String type = response.contentType();
      http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), response.body());
      long offset = writer.position();
      writer.write(new WarcResponse.Builder(response.finalUrl())
          .date(response.fetchedAt())
          .body(http.build())
          .build());
      return current.getFileName() + "#" + offset;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write WARC record to " + current, e);
    }
  }

  private void roll(FetchResponse first) throws IOException {
    close();
    Files.createDirectories(dir);
    current = dir.resolve("presswatch-" + STAMP.format(first.fetchedAt()) + "-" + sequence.incrementAndGet()
        + ".warc.gz");
    channel = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
  }

  /** The directory the WARC files are written to. */
  public Path dir() {
    return dir;
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      channel.close();
      writer = null;
    }
  }
}
