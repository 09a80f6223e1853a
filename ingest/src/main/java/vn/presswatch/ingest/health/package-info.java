/** Per-source crawl health: last success and error, items per day, consecutive failures, and the flag derived. */
package vn.presswatch.ingest.health;
