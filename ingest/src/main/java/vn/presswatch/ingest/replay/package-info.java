/** Replay of captured feeds and pages over loopback HTTP, so `monitor run --replay DIR` uses the real crawler. */
package vn.presswatch.ingest.replay;
