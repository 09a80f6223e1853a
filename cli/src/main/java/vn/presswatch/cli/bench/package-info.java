/** {@code monitor bench}: end-to-end throughput and latency of the pipeline on the embedded stack. */
package vn.presswatch.cli.bench;
