package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.workspace.Outcome;

/** {@code rubric score PACK [--data FILE] [--unit ID] [--format text|json]}: explained score sheets. */

@Command(name = "score", mixinStandardHelpOptions = true)
public final class ScoreCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "data")
    Path data;

    @Option(names = "--unit", paramLabel = "ID", descriptionKey = "unit")
    String unit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    public ScoreCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.Scores.class);
        if (reporter == null) return ExitCode.USAGE;
        Console console = new Console(wb);
        Outcome<Report.Scores> scored = console.workspace().score(pack, data, unit, console.progress(new Timings(false)));
        int exit = console.finish(scored);
        if (!scored.hasValue()) return exit;
        ReportOutput.write(wb, reporter, scored.value(), output);
        return exit;
    }
}
