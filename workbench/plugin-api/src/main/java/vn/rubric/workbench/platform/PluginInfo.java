package vn.rubric.workbench.platform;

import java.util.List;

/**
 * A plugin as the registry knows it: what its descriptor says, where it was found, and
 * whether it is active. A disabled plugin has a {@link Problem} saying why and contributes
 * nothing. Fields the descriptor could not give (a descriptor that does not read) are null.
 *
 * @param source  where it came from: a jar's path, or {@code built-in}
 * @param requires the platform versions it works with, e.g. {@code >=2.0.0 & <3.0.0}
 * @param problem  why it is disabled; null for an active plugin
 */
public record PluginInfo(
        String id,
        String name,
        String version,
        String requires,
        List<Requirement> dependencies,
        List<String> contributes,
        String source,
        Problem problem) {

    /** A plugin this one needs, and the versions of it that will do ({@code *}: any). */
    public record Requirement(String pluginId, String versions) {}

    /** Why a plugin is disabled: a key of the CLI bundles and its arguments. */
    public record Problem(String key, List<Object> args) {

        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    public boolean active() {
        return problem == null;
    }
}
