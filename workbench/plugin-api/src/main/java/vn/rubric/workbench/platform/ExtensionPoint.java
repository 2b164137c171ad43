package vn.rubric.workbench.platform;

/**
 * A place where plugins plug in: an id and the type every contribution must have.
 * The core declares the points; it knows nothing of the features contributed to them.
 */
public record ExtensionPoint<T>(String id, Class<T> type) {

    public static <T> ExtensionPoint<T> of(String id, Class<T> type) {
        return new ExtensionPoint<>(id, type);
    }
}
