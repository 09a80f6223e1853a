/** Recognising the same story twice: content fingerprints (SimHash) and the duplicate detector built on them. */
package vn.presswatch.ingest.dedup;
