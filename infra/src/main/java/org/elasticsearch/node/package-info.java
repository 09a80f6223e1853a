/**
 * Glue placed in Elasticsearch's package to reach its package-private node-construction API; only
 * {@link org.elasticsearch.node.ClasspathPluginsNode} is ours.
 */
package org.elasticsearch.node;
