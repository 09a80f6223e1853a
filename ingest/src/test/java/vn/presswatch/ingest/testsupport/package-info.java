/** Test support: a scriptable loopback web server, a settable clock and a sleeper that only advances it. */
package vn.presswatch.ingest.testsupport;
