/** Crawl state kept across restarts in the work directory: feed validators, seen URLs, fingerprints, health. */
package vn.presswatch.ingest.state;
