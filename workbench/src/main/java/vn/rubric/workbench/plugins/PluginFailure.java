package vn.rubric.workbench.plugins;

/**
 * What a plugin's code threw while the workbench used one of its contributions, with the
 * plugin named, so that the user reads which plugin failed rather than a bare stack trace.
 */
public final class PluginFailure extends RuntimeException {

    private final String pluginId;

    PluginFailure(String pluginId, String what, Throwable cause) {
        super(pluginId + ": " + what + ": " + describe(cause), cause);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }

    /** What went wrong, for a message: the plugin's own exception when {@code t} wraps one. */
    public static String reason(Throwable t) {
        return describe(t instanceof PluginFailure && t.getCause() != null ? t.getCause() : t);
    }

    /** The exception's type and message, the way a log line shows it. */
    public static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
