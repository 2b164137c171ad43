package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.change.RegulationChanges;
import vn.rubric.workbench.Workbench;
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
        Packs.Loaded b = Packs.load(wb, base != null ? base : Samples.resolve(DiffCommand.SAMPLE_BASE), false, Map.of());
        if (b.pack() == null) return b.exitCode();
        Packs.Loaded d = Packs.load(wb, draft != null ? draft : Samples.resolve(DiffCommand.SAMPLE_DRAFT), false, Map.of());
        if (d.pack() == null) return d.exitCode();
        var changes = RegulationChanges.between(b.pack().rubric(), d.pack().rubric());
        ReportOutput.write(wb, reporter, new Report.Changes(b.pack().rubric(), d.pack().rubric(), changes), output);
        return ExitCode.OK;
    }
}
