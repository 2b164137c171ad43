package vn.rubric.workbench.platform;

/** What a plugin is handed to declare its contributions. */
public interface Contributions {

    <T> void add(ExtensionPoint<T> point, T contribution);
}
