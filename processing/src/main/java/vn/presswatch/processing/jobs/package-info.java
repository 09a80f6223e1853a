/** Job wiring only: sources, operators with names and stable uids, sinks. */
package vn.presswatch.processing.jobs;
