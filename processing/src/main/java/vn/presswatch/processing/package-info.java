/** Flink jobs that classify articles against plans, count coverage and index the results into Elasticsearch. */
package vn.presswatch.processing;
