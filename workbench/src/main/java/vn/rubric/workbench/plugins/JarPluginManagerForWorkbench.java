package vn.rubric.workbench.plugins;

import java.nio.file.Path;
import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;

/**
 * PF4J's jar plugin manager, told exactly which jars to load (the ones {@link PluginLoader}
 * found sound) and reading {@code plugin.properties}. Each jar gets its own
 * {@link PluginClassLoader}, application first (APD: application, plugin, dependencies): a
 * plugin that bundles a copy of the API or of a library the workbench has still gets the
 * workbench's, so its objects fit the extension points; then its own classes; then those of
 * the plugins it requires.
 */
final class JarPluginManagerForWorkbench extends JarPluginManager {

    private List<Path> jars = List.of();

    JarPluginManagerForWorkbench(List<Path> roots, String platformVersion) {
        super(roots.toArray(Path[]::new));
        setSystemVersion(platformVersion);
    }

    /** Loads these jars, in this order (dependencies first). */
    void load(List<Path> jars) {
        this.jars = List.copyOf(jars);
        loadPlugins();
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new DescriptorReader();
    }

    @Override
    protected PluginRepository createPluginRepository() {
        // called from the super constructor: read the field when PF4J asks, not now
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                return jars;
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                return false; // the workbench never deletes a user's jar
            }
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                PluginClassLoader loader = new PluginClassLoader(pluginManager, descriptor, JarPluginManagerForWorkbench.class.getClassLoader(), ClassLoadingStrategy.APD);
                loader.addFile(pluginPath.toFile());
                return loader;
            }
        };
    }
}
