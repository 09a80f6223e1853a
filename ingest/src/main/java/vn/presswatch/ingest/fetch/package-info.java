/** HTTP fetching for the crawler: timeouts, size cap, redirects, address guard, robots.txt and per-host politeness. */
package vn.presswatch.ingest.fetch;
