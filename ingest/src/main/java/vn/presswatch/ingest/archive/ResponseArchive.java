package vn.presswatch.ingest.archive;

import vn.presswatch.ingest.fetch.FetchResponse;

/** Keeps raw responses; {@link #NONE} when archiving is off ({@code crawl.warc: false}). */
public interface ResponseArchive extends AutoCloseable {
  /** Archives nothing and returns null locations. */
  ResponseArchive NONE = new ResponseArchive() {
    @Override
    public String archive(FetchResponse response) {
      return null;
    }

    @Override
    public void close() {}
  };

  /** Archives one response; returns its location ({@code file#offset}), or null when not archived. */
  String archive(FetchResponse response);

  @Override
  void close() throws java.io.IOException;
}
