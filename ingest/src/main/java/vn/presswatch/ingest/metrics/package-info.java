/** The crawler's counters and per-source health served over HTTP in the Prometheus text format. */
package vn.presswatch.ingest.metrics;
