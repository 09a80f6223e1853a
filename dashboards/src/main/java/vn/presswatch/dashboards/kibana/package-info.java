/** Kibana saved objects generated from the plans, and their import into Kibana through its saved objects API. */
package vn.presswatch.dashboards.kibana;
