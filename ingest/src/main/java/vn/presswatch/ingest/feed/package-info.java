/** RSS and Atom feed parsing (Rome) into the items the crawler follows. */
package vn.presswatch.ingest.feed;
