package vn.rubric.workbench.commands;

import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Progress;
import vn.rubric.workbench.workspace.Workspace;

/**
 * The CLI's side of a workspace call: prints its findings to standard error in the user's
 * language, counts units on a terminal while they are scored, and turns the outcome into the
 * exit code. Every command reaches the workspace through one of these.
 */
final class Console {

    private final Workbench wb;
    private final Workspace workspace;

    Console(Workbench wb) {
        this.wb = wb;
        this.workspace = new Workspace(wb.registry());
    }

    Workspace workspace() {
        return workspace;
    }

    /** Prints every finding, warnings too, and gives the exit code of the outcome. */
    int finish(Outcome<?> outcome) {
        print(outcome.diagnostics());
        return exitCode(outcome.failure());
    }

    static int exitCode(Outcome.Failure failure) {
        return switch (failure) {
            case NONE -> ExitCode.OK;
            case INPUT -> ExitCode.USAGE;
            case RUBRIC, RESULTS -> ExitCode.FAILED;
        };
    }

    void print(Diagnostics diagnostics) {
        for (Diagnostic d : diagnostics.sorted()) wb.err().println(wb.diagnostics().render(d));
        wb.err().flush();
    }

    /** Prints "error: ..." from the CLI bundle and gives the usage exit code. */
    int usage(String key, Object... args) {
        return usage(wb, key, args);
    }

    /** As {@link #usage(String, Object...)}, for a check made before there is a workspace to ask. */
    static int usage(Workbench wb, String key, Object... args) {
        wb.err().println(wb.text().get("error.prefix") + " " + wb.text().get(key, args));
        wb.err().flush();
        return ExitCode.USAGE;
    }

    /**
     * Progress for a terminal: a line that counts units while a large population is scored and
     * the values of a sweep (logs and pipes stay clean); and, when asked, the time of each stage.
     */
    Progress progress(Timings timings) {
        boolean terminal = System.console() != null;
        return new Progress() {
            @Override
            public void stage(String name) {
                timings.start(name);
            }

            @Override
            public void scored(String packId, int done, int total) {
                if (!terminal || total <= vn.rubric.rules.score.Scorer.DEFAULT_CHUNK) return;
                wb.err().print("\r" + wb.text().get("score.progress", done, total, packId) + (done == total ? "\n" : ""));
                wb.err().flush();
            }

            @Override
            public void swept(String parameter, String value, int done, int total) {
                if (!terminal) return;
                wb.err().print("\r" + wb.text().get("sweep.progress", done, total, parameter, value) + "   " + (done == total ? "\n" : ""));
                wb.err().flush();
            }
        };
    }
}
