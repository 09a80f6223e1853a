/** Six-month and annual coverage reports: Elasticsearch queries, the report data model and its renderers. */
package vn.presswatch.dashboards.report;
