package vn.rubric.workbench.commands;

/** The CLI's exit codes. */
public final class ExitCode {
    /** Everything held. */
    public static final int OK = 0;
    /** The rubric, its rules or its tests are wrong. */
    public static final int FAILED = 1;
    /** The command was used wrongly or its input (a file, a data row) could not be read. */
    public static final int USAGE = 2;

    private ExitCode() {}
}
