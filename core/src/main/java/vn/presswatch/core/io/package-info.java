/** Small file-system helpers. */
package vn.presswatch.core.io;
