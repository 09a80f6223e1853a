/** Benchmarks run with exec:java from the test classpath; results go to docs/benchmarks.md. */
package vn.presswatch.ingest.bench;
