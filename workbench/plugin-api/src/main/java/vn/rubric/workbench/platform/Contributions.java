package vn.rubric.workbench.platform;

/** What a plugin is handed to declare its contributions. */
public interface Contributions {

    /**
     * Adds {@code contribution} to {@code point}. The point must be one the plugin's
     * descriptor lists in {@code plugin.contributes}, and the contribution's id (its format,
     * command or function name) must not be taken by an earlier plugin; otherwise the plugin fails.
     */
    <T> void add(ExtensionPoint<T> point, T contribution);
}
