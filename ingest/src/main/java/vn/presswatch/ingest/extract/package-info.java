/** Article extraction from fetched HTML: main text, metadata, publication dates, charsets and canonical URLs. */
package vn.presswatch.ingest.extract;
