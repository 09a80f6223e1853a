/** Outlets as configuration: feeds, sitemaps, selectors and crawl intervals. */
package vn.presswatch.core.outlet;
