package vn.rubric.workbench.platform;

/**
 * A plugin declares what it contributes. Plugins are found with {@link java.util.ServiceLoader}:
 * a jar on the class path lists its class in {@code META-INF/services/vn.rubric.workbench.platform.Plugin}.
 */
public interface Plugin {

    /** A stable id, e.g. {@code core}. */
    String id();

    void contribute(Contributions contributions);
}
