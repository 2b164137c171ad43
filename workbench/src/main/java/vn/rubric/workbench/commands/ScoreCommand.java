package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.ScoringMode;
import vn.rubric.rules.testing.SavedCase;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric score PACK [--data FILE] [--unit ID [--save-test FILE]] [--scoring population|individual] [--format text|json]}:
 * explained score sheets; with {@code --save-test}, the unit's sheet is also added to a test file as a case.
 * The units of the file are scored as a population (a quota ranks them among each other), or
 * with {@code --scoring individual} each on its own (a quota is pending, never applied).
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

    @Option(names = "--scoring", paramLabel = "MODE", defaultValue = "population", descriptionKey = "quota.scoring")
    String scoring;

    public ScoreCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.Scores.class);
        if (reporter == null) return ExitCode.USAGE;
        Console console = new Console(wb);
        if (saveTest != null && unit == null) return console.usage("score.save-test-needs-unit");
        if (saveTest != null && Files.isDirectory(saveTest)) return console.usage("score.save-test-folder", saveTest);
        ScoringMode mode = ScoringMode.of(scoring);
        if (mode == null) return console.usage("quota.scoring-unknown", scoring, ScoringMode.words());
        Outcome<Report.Scores> scored = console.workspace().score(pack, data, unit, mode, console.progress(new Timings(false)));
        int exit = console.finish(scored);
        if (!scored.hasValue()) return exit;
        ReportOutput.write(wb, reporter, scored.value(), output);
        if (saveTest == null || !scored.ok() || scored.value().sheets().isEmpty()) return exit;
        return save(console, scored.value().sheets().get(0));
    }

    /** Adds the unit's case to the --save-test file, whole or not at all; says when the case expects another class than the population gave. */
    private int save(Console console, ScoreSheet inPopulation) throws IOException {
        Path dataFile = inPopulation.unit().origin() == null ? data : inPopulation.unit().origin().file();
        String from = dataFile == null ? "-" : String.valueOf(dataFile.getFileName());
        Outcome<SavedCase> saved = console.workspace().savedCase(pack, data, unit, saveTest, wb.text().get("score.save-test.description", from));
        int exit = console.finish(saved);
        if (!saved.ok()) return saved.hasValue() ? console.usage("score.save-test.refused", saveTest) : exit;
        AtomicFiles.write(saveTest, saved.value().text());
        wb.err().println(wb.text().get("score.save-test.saved", saved.value().testCase().name(), saveTest));
        if (!Objects.equals(inPopulation.ratingClass(), saved.value().sheet().ratingClass())) {
            wb.err().println(wb.text().get("score.save-test.alone", saved.value().sheet().ratingClass(), from, inPopulation.ratingClass()));
        }
        wb.err().flush();
        return ExitCode.OK;
    }
}
