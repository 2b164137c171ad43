package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Exporter;
import vn.rubric.workbench.platform.ExtensionPoints;

/** {@code rubric export PACK --version X.Y.Z [--format kjar] [-o DIR]}: a pack for other systems. */
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
        // build first: only rules that Drools builds are exported
        Packs.Built built = Packs.build(wb, pack, true);
        if (built.ruleBase() == null) return built.exitCode();
        for (Path written : exporter.export(built.ruleBase().pack(), version, output)) {
            wb.out().println(wb.text().get("written", written));
        }
        wb.out().flush();
        return ExitCode.OK;
    }
}
