package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric diff BASE DRAFT --data FILE}: what changed in the regulation, then the draft
 * beside the regulation in force on the same units, each unit that changes class with the
 * changes that moved it. With no arguments it compares the bundled Hưng Yên regulation with
 * its draft revision on the bundled 2024 units.
 */

@Command(name = "diff", mixinStandardHelpOptions = true)
public final class DiffCommand implements Callable<Integer> {

    static final String SAMPLE_BASE = "samples/hung-yen-02-2020";
    static final String SAMPLE_DRAFT = "samples/hung-yen-draft";
    static final String SAMPLE_DATA = "samples/data/hung-yen-2024-units.csv";

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "BASE", arity = "0..1", descriptionKey = "diff.base")
    Path base;

    @Parameters(index = "1", paramLabel = "DRAFT", arity = "0..1", descriptionKey = "diff.draft")
    Path draft;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "diff.data")
    Path data;

    @Option(names = "--set", paramLabel = "NAME=VALUE", descriptionKey = "diff.set")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "diff.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    @Option(names = "--timings", descriptionKey = "timings")
    boolean timings;

    public DiffCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.Diff.class);
        if (reporter == null) return ExitCode.USAGE;
        boolean samples = base == null && draft == null;
        Path basePath = base != null ? base : Samples.resolve(SAMPLE_BASE);
        Path draftPath = draft != null ? draft : Samples.resolve(SAMPLE_DRAFT);
        Path file = data != null ? data : samples ? Samples.resolve(SAMPLE_DATA) : null;
        Console console = new Console(wb);
        Timings time = new Timings(timings);
        Outcome<Report.Diff> compared = console.workspace().compare(basePath, draftPath, file, settings, console.progress(time));
        int exit = console.finish(compared);
        if (!compared.hasValue()) return exit;
        time.start("report");
        ReportOutput.write(wb, reporter, compared.value(), output);
        time.print(wb);
        return exit;
    }
}
