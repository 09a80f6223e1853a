/**
 * Glue placed in Elasticsearch's package to reach its package-private plugin-loading API; only
 * {@link org.elasticsearch.plugins.ClasspathPluginsService} is ours.
 */
package org.elasticsearch.plugins;
