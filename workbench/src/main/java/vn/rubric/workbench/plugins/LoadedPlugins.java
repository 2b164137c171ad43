package vn.rubric.workbench.plugins;

import java.util.Map;
import vn.rubric.workbench.platform.Registry;

/**
 * The registry, and the class loader of each active plugin loaded from a jar (for telling
 * which plugin a class or a stack frame belongs to).
 */
public record LoadedPlugins(Registry registry, Map<String, ClassLoader> classLoaders) {

    public LoadedPlugins {
        classLoaders = Map.copyOf(classLoaders);
    }

    /** The id of the jar plugin whose code is nearest the top of {@code t}'s stack, or null. */
    public String blame(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PluginFailure f) return f.pluginId();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement frame : c.getStackTrace()) {
                for (Map.Entry<String, ClassLoader> e : classLoaders.entrySet()) {
                    if (loadedBy(frame.getClassName(), e.getValue())) return e.getKey();
                }
            }
        }
        return null;
    }

    private static boolean loadedBy(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader).getClassLoader() == loader;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
