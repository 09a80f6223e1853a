/** Implementation details of article extraction: metadata readers, content scoring and paragraph rendering. */
package vn.presswatch.ingest.extract.internal;
