/** WARC archiving of raw responses (jwarc), so every count can be traced to what an outlet published. */
package vn.presswatch.ingest.archive;
