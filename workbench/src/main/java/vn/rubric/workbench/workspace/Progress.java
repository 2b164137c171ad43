package vn.rubric.workbench.workspace;

/**
 * Told what a long call is doing, for a face to show (the CLI's counter on a terminal, the
 * studio's progress bar, {@code --timings}). Scoring may call it from a worker thread.
 */
public interface Progress {

    Progress NONE = new Progress() {};

    /** A stage of the call begins: load, read, build, score, report. */
    default void stage(String name) {}

    /** {@code done} of {@code total} units scored under the pack {@code packId}. */
    default void scored(String packId, int done, int total) {}

    /** A sweep is at the {@code done}-th of {@code total} values: {@code parameter} = {@code value}. */
    default void swept(String parameter, String value, int done, int total) {}
}
