/** The crawler's entry points: {@link vn.presswatch.ingest.CrawlService}, its counters and report. */
package vn.presswatch.ingest;
