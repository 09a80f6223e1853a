/** Implementation details of the embedded stack: Elasticsearch plugins, logging and port checks. */
package vn.presswatch.infra.embedded.internal;
