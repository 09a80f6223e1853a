/** JMH benchmarks of the ingest stages; run by hand (see docs/benchmarks.md), never as unit tests. */
package vn.presswatch.ingest.bench;
