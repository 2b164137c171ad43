package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.util.Names;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;

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
        Packs.Built built = Packs.build(wb, pack, false);
        if (built.ruleBase() == null) return built.exitCode();
        RulePack p = built.ruleBase().pack();
        Path file = data != null ? data : DataFiles.defaultData(wb, p);
        if (file == null) return Packs.usage(wb, "score.no-data", p.folder().resolve(RulePack.DATA_FOLDER));
        List<DataFiles.Read> read = DataFiles.read(wb, file, p.rubric());
        if (read == null) return ExitCode.USAGE;
        DataFiles.Read imported = read.get(0);
        List<Unit> units = imported.units();
        if (unit != null && units.stream().noneMatch(u -> u.id().equals(unit))) {
            String near = Names.closest(unit, units.stream().map(Unit::id).toList());
            return Packs.usage(wb, near == null ? "score.no-unit" : "score.no-unit-suggest", unit, file, near);
        }
        // a quota ranks the unit among all the units of the file, so with one they are all scored
        boolean alone = unit != null && !p.compiled().hasPopulationRules();
        Scorer.Result result = DataFiles.score(wb, built.ruleBase(), alone ? units.stream().filter(u -> u.id().equals(unit)).toList() : units);
        List<ScoreSheet> sheets = unit == null ? result.sheets()
                : result.sheets().stream().filter(s -> s.unit().id().equals(unit)).toList();
        ReportOutput.write(wb, reporter, new Report.Scores(p.rubric(), sheets), output);
        return result.problems().hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }
}
