package org.elasticsearch.plugins;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;

/**
 * A {@link PluginsService} whose plugins are classes on the application classpath instead of
 * bundles unpacked under {@code plugins/} and {@code modules/}.
 *
 * <p>It lives in Elasticsearch's own package because the constructor of {@link PluginsLoader}, the
 * {@link LoadedPlugin} record and {@link PluginsService#loadPlugin} are package-private. It is
 * used only by {@code org.elasticsearch.node.ClasspathPluginsNode}, the embedded node of the
 * {@code infra} module; production code never reaches it.
 */
public class ClasspathPluginsService extends PluginsService {

  private final List<LoadedPlugin> plugins;

  /**
   * Instantiates each plugin class the way Elasticsearch does for bundled plugins (constructor
   * taking {@code Settings}, {@code Settings} and config {@code Path}, or none).
   */
  public ClasspathPluginsService(
      Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
    super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
    this.plugins =
        pluginClasses.stream()
            .map(pluginClass -> load(pluginClass, environment))
            .toList();
  }

  private static LoadedPlugin load(Class<? extends Plugin> pluginClass, Environment environment) {
    Plugin instance = loadPlugin(pluginClass, environment.settings(), environment.configDir());
    PluginDescriptor descriptor =
        new PluginDescriptor(
            pluginClass.getName(),
            "classpath plugin",
            Build.current().version(),
            Build.current().version(),
            Integer.toString(Runtime.version().feature()),
            pluginClass.getName(),
            null,
            List.of(),
            false,
            false,
            false,
            false);
    return new LoadedPlugin(descriptor, instance, pluginClass.getClassLoader());
  }

  @Override
  protected final List<LoadedPlugin> plugins() {
    return plugins;
  }

  @Override
  public PluginsAndModules info() {
    return new PluginsAndModules(
        plugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(),
        List.of());
  }

  /**
   * Service providers found through {@code META-INF/services}, each implementation once.
   *
   * <p>The base class looks providers up in each plugin's class loader. Here every plugin shares
   * the application class loader, so each provider (for instance the server's own {@code
   * FeatureSpecification}s) would be created once per plugin and the node would refuse the
   * duplicates.
   */
  @Override
  public <T> List<? extends T> loadServiceProviders(Class<T> service) {
    Map<Class<?>, T> byClass = new LinkedHashMap<>();
    for (T provider : super.loadServiceProviders(service)) {
      byClass.putIfAbsent(provider.getClass(), provider);
    }
    return List.copyOf(byClass.values());
  }
}
