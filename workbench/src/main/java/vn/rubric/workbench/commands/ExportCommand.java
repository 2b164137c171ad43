package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.exporters.IssueGate;
import vn.rubric.workbench.exporters.PackVersion;
import vn.rubric.workbench.workspace.Workspace;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric export PACK --version X.Y.Z [--draft] [--format kjar] [-o DIR]}: a pack for other
 * systems, once it passes the issue gate (its tests pass; an issued version names its decision).
 */

// no mixinStandardHelpOptions: its -V/--version clashes with our --version, and picocli then
// drops the whole mixin, --help included (--help exited 2, "Missing required option")
@Command(name = "export")
public final class ExportCommand implements Callable<Integer> {

    private final Workbench wb;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--version", paramLabel = "X.Y.Z", required = true, descriptionKey = "export.version")
    String version;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "kjar", descriptionKey = "export.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".", descriptionKey = "export.output")
    Path output;

    @Option(names = "--draft", descriptionKey = "export.draft")
    boolean draft;

    public ExportCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Console console = new Console(wb);
        if (draft && !PackVersion.canBeDraft(version)) return console.usage("export.draft-bad-version", version);
        if (!draft && PackVersion.isDraft(version)) return console.usage("export.draft-needs-flag", version);
        Outcome<Workspace.Exported> exported = console.workspace().export(pack, format, version, draft, output);
        int exit = console.finish(exported);
        if (!exported.hasValue()) {
            if (exported.failure() == Outcome.Failure.RUBRIC) refused(List.of(wb.text().get("export.refused.invalid")));
            return exit;
        }
        IssueGate.Result gate = exported.value().gate();
        if (gate.tests().results().isEmpty()) wb.err().println(wb.text().get("export.no-tests"));
        if (!gate.passed()) {
            refused(gate.refusals().stream().map(r -> wb.text().get("export.refused." + r.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.subject())).toList());
            if (gate.refusals().stream().anyMatch(r -> r.reason() == IssueGate.Reason.NO_IDENTITY)) wb.err().println(wb.text().get("export.refused.identity-hint"));
            wb.err().flush();
            return exit;
        }
        for (Path written : exported.value().files()) wb.out().println(wb.text().get("written", written));
        wb.out().flush();
        return exit;
    }

    /** Every reason the pack is not exported, under one heading; nothing is written. */
    private void refused(List<String> reasons) {
        wb.err().println(wb.text().get("export.refused", pack));
        for (String r : reasons) wb.err().println("  · " + r);
        wb.err().flush();
    }
}
