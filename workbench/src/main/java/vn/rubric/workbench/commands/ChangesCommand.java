package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;

/**
 * {@code rubric changes BASE DRAFT}: what changed from the regulation in force to a draft, in
 * the regulation's order, each change with its article. No units are scored. With no
 * arguments it lists the changes of the bundled Hưng Yên draft.
 */
@Command(name = "changes", mixinStandardHelpOptions = true)
public final class ChangesCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "BASE", arity = "0..1", descriptionKey = "changes.base")
    Path base;

    @Parameters(index = "1", paramLabel = "DRAFT", arity = "0..1", descriptionKey = "changes.draft")
    Path draft;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "changes.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    public ChangesCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.Changes.class);
        if (reporter == null) return ExitCode.USAGE;
        Console console = new Console(wb);
        Path basePath = base != null ? base : Samples.resolve(DiffCommand.SAMPLE_BASE);
        Path draftPath = draft != null ? draft : Samples.resolve(DiffCommand.SAMPLE_DRAFT);
        Outcome<Report.Changes> changes = console.workspace().changes(basePath, draftPath);
        int exit = console.finish(changes);
        if (!changes.hasValue()) return exit;
        ReportOutput.write(wb, reporter, changes.value(), output);
        return exit;
    }
}
