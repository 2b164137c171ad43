package vn.rubric.workbench.platform;

/**
 * The code of a plugin: it declares what the plugin contributes to which extension point.
 * Its id, version and requirements are in its descriptor ({@code plugin.properties}, see
 * docs/plugins.md), not here; the class is named there as {@code plugin.class} and needs a
 * public no-argument constructor.
 *
 * <p>{@link #contribute} runs once at start-up, in dependency order. If it throws, nothing it
 * added is kept and the plugin is reported as failed; the other plugins go on.
 */
public interface Plugin {

    void contribute(Contributions contributions);
}
