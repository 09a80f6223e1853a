package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch {@link Node} whose plugins are given as classes on the classpath, for running a
 * real node inside our own JVM (the {@code infra} module's embedded stack).
 *
 * <p>It lives in Elasticsearch's package because {@link NodeConstruction#prepareConstruction} and
 * {@link NodeServiceProvider} are package-private: they are the only way to hand the node a
 * {@link PluginsService} that does not scan a distribution's {@code modules/} and {@code plugins/}
 * directories.
 */
public class ClasspathPluginsNode extends Node {

  /**
   * Builds (but does not start) a node.
   *
   * @param environment from {@link InternalSettingsPreparer#prepareEnvironment}
   * @param pluginClasses plugin classes to instantiate, for instance {@code Netty4Plugin}
   */
  public ClasspathPluginsNode(
      Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
    super(
        NodeConstruction.prepareConstruction(
            environment, null, new ClasspathServiceProvider(List.copyOf(pluginClasses)), true));
  }

  /**
   * Does nothing. The base class records the node and cluster ids for the log pattern in a
   * JVM-wide set-once holder, which fails when a second node starts in the same JVM (a restart).
   */
  @Override
  protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}

  private static final class ClasspathServiceProvider extends NodeServiceProvider {
    private final List<Class<? extends Plugin>> pluginClasses;

    ClasspathServiceProvider(List<Class<? extends Plugin>> pluginClasses) {
      this.pluginClasses = pluginClasses;
    }

    @Override
    PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
      return new ClasspathPluginsService(environment, pluginClasses);
    }
  }
}
