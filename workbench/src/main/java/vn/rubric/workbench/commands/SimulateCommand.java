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

/** {@code rubric simulate PACK --data FILE}: what a regulation does to a population of units. */

@Command(name = "simulate", mixinStandardHelpOptions = true)
public final class SimulateCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "simulate.data")
    Path data;

    @Option(names = "--set", paramLabel = "NAME=VALUE", descriptionKey = "simulate.set")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "simulate.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    public SimulateCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.Simulation.class);
        if (reporter == null) return ExitCode.USAGE;
        Console console = new Console(wb);
        Outcome<Report.Simulation> simulated = console.workspace().simulate(pack, data, settings, console.progress(new Timings(false)));
        int exit = console.finish(simulated);
        if (!simulated.hasValue()) return exit;
        ReportOutput.write(wb, reporter, simulated.value(), output);
        return exit;
    }
}
