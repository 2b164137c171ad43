package vn.rubric.workbench.platform;

import java.util.function.Function;

/**
 * A place where plugins plug in: an id (what descriptors name in {@code plugin.contributes}),
 * the type every contribution must have, and how to name one contribution (its format,
 * command name, function name...) so that two plugins cannot claim the same one. The core
 * declares the points; it knows nothing of the features contributed to them.
 */
public record ExtensionPoint<T>(String id, Class<T> type, Function<T, String> nameOf) {

    public static <T> ExtensionPoint<T> of(String id, Class<T> type, Function<T, String> nameOf) {
        return new ExtensionPoint<>(id, type, nameOf);
    }

    /** The name of a contribution to this point; calls into the plugin that made it. */
    public String name(Object contribution) {
        return nameOf.apply(type.cast(contribution));
    }
}
