/** Re-processing a past period: the coverage job bounded over a range of days, and the rewrite of its counts. */
package vn.presswatch.cli.reprocess;
