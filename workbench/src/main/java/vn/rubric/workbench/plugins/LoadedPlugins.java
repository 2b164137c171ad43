package vn.rubric.workbench.plugins;

import vn.rubric.workbench.platform.Registry;

/**
 * The plugins as loaded: the registry of what they contribute. Every contribution of a jar
 * plugin is behind a guard ({@link Isolation}) and a plugin command is known by its name, so
 * whatever a plugin throws can be put down to it.
 */
public record LoadedPlugins(Registry registry) {

    /** The id of the plugin whose contribution failed somewhere in {@code t}'s causes, or null. */
    public String blame(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PluginFailure f) return f.pluginId();
        }
        return null;
    }
}
