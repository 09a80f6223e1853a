/** Test fixtures shared by the integration tests of the dashboards module. */
package vn.presswatch.dashboards;
