/** Pure domain model shared by every module: no Kafka, Flink or Elasticsearch types live here. */
package vn.presswatch.core;
