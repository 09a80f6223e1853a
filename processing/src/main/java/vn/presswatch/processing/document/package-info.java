/** The Elasticsearch documents the coverage job writes, built as JSON from articles and counts. */
package vn.presswatch.processing.document;
