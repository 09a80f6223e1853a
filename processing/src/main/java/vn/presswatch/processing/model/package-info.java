/** The records that flow between the coverage job's operators: flat, Flink-serialisable values. */
package vn.presswatch.processing.model;
