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
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.RegulationChanges;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.simulate.Comparison;

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
        Path basePath = base != null ? base : Samples.resolve(SAMPLE_BASE);
        Path draftPath = draft != null ? draft : Samples.resolve(SAMPLE_DRAFT);
        Timings time = new Timings(timings);
        Packs.Loaded bl = Packs.load(wb, basePath, false, Map.of());
        if (bl.pack() == null) return bl.exitCode();
        Packs.Loaded dl = Packs.load(wb, draftPath, false, settings);
        if (dl.pack() == null) return dl.exitCode();
        time.lap("load");
        // the rule bases build while the data is read: neither needs the other
        Packs.Builds builds = Packs.startBuilds(List.of(bl.pack(), dl.pack()));
        RulePack bp = bl.pack(), dp = dl.pack();
        Path file = data;
        if (file == null) file = base == null && draft == null ? Samples.resolve(SAMPLE_DATA) : DataFiles.defaultData(wb, bp);
        if (file == null) return Packs.usage(wb, "diff.no-data", bp.folder().resolve(RulePack.DATA_FOLDER));
        List<DataFiles.Read> read = DataFiles.read(wb, file, bp.rubric(), dp.rubric());
        if (read == null) return ExitCode.USAGE;
        time.lap("read");
        List<Packs.Built> built = builds.join(wb, false);
        Packs.Built b = built.get(0), d = built.get(1);
        if (b.ruleBase() == null) return b.exitCode();
        if (d.ruleBase() == null) return d.exitCode();
        time.lap("build");
        Scorer.Result br = DataFiles.score(wb, b.ruleBase(), read.get(0).units());
        Scorer.Result dr = DataFiles.score(wb, d.ruleBase(), read.get(1).units());
        time.lap("score");
        List<RegulationChange> changes = RegulationChanges.between(bp.rubric(), dp.rubric());
        Comparison comparison = Comparison.of(bp.rubric(), br.sheets(), dp.rubric(), dr.sheets(), changes);
        ReportOutput.write(wb, reporter, new Report.Diff(bp.rubric(), dp.rubric(), file, changes, comparison,
                read.get(0).missing(), read.get(1).missing()), output);
        time.lap("report");
        time.print(wb);
        return br.problems().hasErrors() || dr.problems().hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }
}
