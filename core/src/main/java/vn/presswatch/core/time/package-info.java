/** Vietnam-local days and reporting periods. */
package vn.presswatch.core.time;
