package vn.rubric.workbench.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.util.Names;
import vn.rubric.rules.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.rules.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.importers.Importer;
import vn.rubric.workbench.importers.RawTable;
import vn.rubric.workbench.importers.UnitData;
import vn.rubric.workbench.importers.UnitFiles;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.reports.Reporter;

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
        Reporter reporter = wb.registry().contributions(ExtensionPoints.REPORTERS).stream()
                .filter(r -> r.format().equals(format)).findFirst().orElse(null);
        if (reporter == null) {
            return Packs.usage(wb, "score.unknown-format", format, String.join(", ",
                    wb.registry().contributions(ExtensionPoints.REPORTERS).stream().map(Reporter::format).toList()));
        }
        Packs.Built built = Packs.build(wb, pack, false);
        if (built.ruleBase() == null) return built.exitCode();
        RulePack p = built.ruleBase().pack();
        List<Importer> importers = wb.registry().contributions(ExtensionPoints.IMPORTERS);
        Path file = data != null ? data : UnitFiles.onlyDataFile(importers, p.folder().resolve(RulePack.DATA_FOLDER));
        if (file == null) return Packs.usage(wb, "score.no-data", p.folder().resolve(RulePack.DATA_FOLDER));
        Diagnostics problems = new Diagnostics();
        RawTable table = UnitFiles.read(importers, file, problems);
        UnitData imported = table == null ? UnitData.none(file) : table.type(p.rubric(), Set.of(), problems);
        Packs.print(wb, problems, true);
        if (problems.hasErrors()) return ExitCode.USAGE;
        List<Unit> units = imported.units();
        if (unit != null) {
            units = units.stream().filter(u -> u.id().equals(unit)).toList();
            if (units.isEmpty()) {
                String near = Names.closest(unit, imported.units().stream().map(Unit::id).toList());
                return Packs.usage(wb, near == null ? "score.no-unit" : "score.no-unit-suggest", unit, file, near);
            }
        }
        int total = units.size();
        // progress on a terminal only, so logs and pipes stay clean
        boolean showProgress = total > Scorer.DEFAULT_CHUNK && System.console() != null;
        Scorer.Result result = new Scorer(built.ruleBase()).score(units, done -> {
            if (showProgress) {
                wb.err().print("\r" + wb.text().get("score.progress", done, total));
                wb.err().flush();
            }
        });
        if (showProgress) wb.err().println();
        Packs.print(wb, result.problems(), true);
        StringWriter buffer = new StringWriter();
        reporter.write(p.rubric(), result.sheets(), wb.text(), new PrintWriter(buffer));
        if (output == null) {
            wb.out().print(buffer);
            wb.out().flush();
        } else {
            AtomicFiles.write(output, buffer.toString());
            wb.err().println(wb.text().get("written", output));
            wb.err().flush();
        }
        return result.problems().hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }
}
