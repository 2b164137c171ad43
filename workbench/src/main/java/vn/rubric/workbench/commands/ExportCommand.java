package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.workspace.Outcome;

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
        Console console = new Console(wb);
        Outcome<List<Path>> exported = console.workspace().export(pack, format, version, output);
        int exit = console.finish(exported);
        if (!exported.ok()) return exit;
        for (Path written : exported.value()) wb.out().println(wb.text().get("written", written));
        wb.out().flush();
        return exit;
    }
}
