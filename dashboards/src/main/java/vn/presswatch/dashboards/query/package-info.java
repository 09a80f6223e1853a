/** Analyst queries over the indexed coverage and articles, returned as printable rows. */
package vn.presswatch.dashboards.query;
