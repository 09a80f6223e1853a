/**
 * Elasticsearch glue shared by the Flink sink, the dashboards and the CLI: how to connect (API key, basic auth, TLS),
 * what the indices are called, how their templates are installed, and how documents are bulk-written with retries.
 */
package vn.presswatch.elastic;
