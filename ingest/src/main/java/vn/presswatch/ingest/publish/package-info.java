/** Where crawled articles, dead letters and source-health events go: the sink interface and its Kafka producer. */
package vn.presswatch.ingest.publish;
