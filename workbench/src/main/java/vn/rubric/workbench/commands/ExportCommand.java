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
import vn.rubric.workbench.platform.Exporter;
import vn.rubric.workbench.platform.ExtensionPoints;

/**
 * {@code rubric export PACK --version X.Y.Z [--draft] [--format kjar] [-o DIR]}: a pack for other
 * systems, once it passes the issue gate (its tests pass; an issued version names its decision).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    private final Workbench wb;

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
        Exporter exporter = wb.registry().contributions(ExtensionPoints.EXPORTERS).stream()
                .filter(e -> e.format().equals(format)).findFirst().orElse(null);
        if (exporter == null) return Packs.usage(wb, "export.unknown-format", format,
                String.join(", ", wb.registry().contributions(ExtensionPoints.EXPORTERS).stream().map(Exporter::format).toList()));
        // a Maven version: digits and dots, then an optional qualifier (1.0.0, 2025.1.0-draft)
        if (!version.matches("\\d+(\\.\\d+){0,2}([-.][A-Za-z0-9]+)*")) return Packs.usage(wb, "export.bad-version", version);
        if (draft && !PackVersion.canBeDraft(version)) return Packs.usage(wb, "export.draft-bad-version", version);
        if (!draft && PackVersion.isDraft(version)) return Packs.usage(wb, "export.draft-needs-flag", version);
        // build first: only rules that Drools builds are exported
        Packs.Built built = Packs.build(wb, pack, false);
        if (built.ruleBase() == null) {
            if (built.exitCode() == ExitCode.FAILED) refused(List.of(wb.text().get("export.refused.invalid")));
            return built.exitCode();
        }
        IssueGate.Result gate = IssueGate.check(built.ruleBase(), draft);
        Packs.print(wb, gate.tests().problems(), true);
        if (gate.tests().results().isEmpty()) wb.err().println(wb.text().get("export.no-tests"));
        if (!gate.passed()) {
            refused(gate.refusals().stream().map(r -> wb.text().get("export.refused." + r.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.subject())).toList());
            if (gate.refusals().stream().anyMatch(r -> r.reason() == IssueGate.Reason.NO_IDENTITY)) wb.err().println(wb.text().get("export.refused.identity-hint"));
            wb.err().flush();
            return ExitCode.FAILED;
        }
        String exported = draft ? PackVersion.draft(built.ruleBase().pack().id(), version, output) : version;
        for (Path written : exporter.export(built.ruleBase().pack(), exported, output)) {
            wb.out().println(wb.text().get("written", written));
        }
        wb.out().flush();
        return ExitCode.OK;
    }

    /** Every reason the pack is not exported, under one heading; nothing is written. */
    private void refused(List<String> reasons) {
        wb.err().println(wb.text().get("export.refused", pack));
        for (String r : reasons) wb.err().println("  · " + r);
        wb.err().flush();
    }
}
