/** The Elasticsearch sink on Flink's Sink V2 API, writing with the official Java client's bulk API. */
package vn.presswatch.processing.sink;
