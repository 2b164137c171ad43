package vn.rubric.workbench.platform;

import java.util.function.Function;

/**
 * A place where plugins plug in: an id (what descriptors name in {@code plugin.contributes}),
 * the type every contribution must have, and how to name one contribution (its format,
 * command name, function name...). The core declares the points; it knows nothing of the
 * features contributed to them.
 *
 * @param uniqueNames whether two contributions may not have the same name (the second
 *                    plugin to claim one is disabled); reporters share a format when they
 *                    write different kinds of result
 */
public record ExtensionPoint<T>(String id, Class<T> type, Function<T, String> nameOf, boolean uniqueNames) {

    /** A point whose contributions each have a name of their own. */
    public static <T> ExtensionPoint<T> of(String id, Class<T> type, Function<T, String> nameOf) {
        return new ExtensionPoint<>(id, type, nameOf, true);
    }

    /** A point whose contributions may share a name. */
    public static <T> ExtensionPoint<T> sharingNames(String id, Class<T> type, Function<T, String> nameOf) {
        return new ExtensionPoint<>(id, type, nameOf, false);
    }

    /** The name of a contribution to this point; calls into the plugin that made it. */
    public String name(Object contribution) {
        return nameOf.apply(type.cast(contribution));
    }
}
