/**
 * Benchmarks of the ingest stages, run by hand from the test classpath (see docs/benchmarks.md), never as unit
 * tests: JMH for extraction, a plain main for the whole crawler.
 */
package vn.presswatch.ingest.bench;
