package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.util.Names;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.testing.SavedCase;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;

/**
 * {@code rubric score PACK [--data FILE] [--unit ID [--save-test FILE]] [--format text|json]}: explained
 * score sheets; with {@code --save-test}, the unit's sheet is also added to a test file as a case.
 */
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

    @Option(names = "--save-test", paramLabel = "FILE", descriptionKey = "score.save-test")
    Path saveTest;

    public ScoreCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.Scores.class);
        if (reporter == null) return ExitCode.USAGE;
        if (saveTest != null && unit == null) return Packs.usage(wb, "score.save-test-needs-unit");
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
        if (result.problems().hasErrors()) return ExitCode.FAILED;
        if (saveTest != null && !sheets.isEmpty()) {
            Unit u = units.stream().filter(x -> x.id().equals(unit)).findFirst().orElseThrow();
            return save(built.ruleBase(), u, file, sheets.get(0));
        }
        return ExitCode.OK;
    }

    /** Adds the unit's case to the --save-test file, whole or not at all; says when the case expects another class than the population gave. */
    private int save(RuleBase ruleBase, Unit u, Path dataFile, ScoreSheet inPopulation) throws IOException {
        if (Files.isDirectory(saveTest)) return Packs.usage(wb, "score.save-test-folder", saveTest);
        String existing;
        try {
            existing = Files.exists(saveTest) ? Files.readString(saveTest, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            wb.err().println(wb.diagnostics().render(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(saveTest), saveTest, e.getMessage())));
            return ExitCode.USAGE;
        }
        SavedCase saved = SavedCase.of(ruleBase, u, saveTest, existing, wb.text().get("score.save-test.description", dataFile.getFileName()));
        Packs.print(wb, saved.diagnostics(), true);
        if (saved.text() == null) return Packs.usage(wb, "score.save-test.refused", saveTest);
        AtomicFiles.write(saveTest, saved.text());
        wb.err().println(wb.text().get("score.save-test.saved", saved.testCase().name(), saveTest));
        if (!Objects.equals(inPopulation.ratingClass(), saved.sheet().ratingClass())) {
            wb.err().println(wb.text().get("score.save-test.alone", saved.sheet().ratingClass(), dataFile.getFileName(), inPopulation.ratingClass()));
        }
        wb.err().flush();
        return ExitCode.OK;
    }
}
