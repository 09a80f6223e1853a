/** Backfills of a past period: listing article URLs from sitemaps and Google News sitemaps. */
package vn.presswatch.ingest.backfill;
