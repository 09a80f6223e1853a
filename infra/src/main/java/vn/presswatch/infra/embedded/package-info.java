/**
 * The embedded local stack: a Kafka KRaft broker and an Elasticsearch node running inside the
 * CLI's JVM. Only the CLI's embedded mode and integration tests use it; production never does.
 */
package vn.presswatch.infra.embedded;
