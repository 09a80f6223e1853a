/** Starting, finding and inspecting a running pipeline: embedded or external Kafka, Flink and Elasticsearch. */
package vn.presswatch.cli.pipeline;
