/** A multi-process standalone Flink cluster started from Maven jars, for integration tests and local trials. */
package vn.presswatch.infra.flink;
