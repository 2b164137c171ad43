package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.simulate.Summary;

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
        Packs.Built built = Packs.build(wb, pack, true, settings);
        if (built.ruleBase() == null) return built.exitCode();
        RulePack p = built.ruleBase().pack();
        Path file = data != null ? data : DataFiles.defaultData(wb, p);
        if (file == null) return Packs.usage(wb, "score.no-data", p.folder().resolve(RulePack.DATA_FOLDER));
        List<DataFiles.Read> reads = DataFiles.read(wb, file, p.rubric());
        if (reads == null) return ExitCode.USAGE;
        DataFiles.Read read = reads.get(0);
        Scorer.Result result = DataFiles.score(wb, built.ruleBase(), read.units());
        Report.Simulation report = new Report.Simulation(p.rubric(), file, result.sheets(),
                Summary.of(p.rubric(), result.sheets()), read.missing());
        ReportOutput.write(wb, reporter, report, output);
        return result.problems().hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }
}
