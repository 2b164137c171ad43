package vn.rubric.workbench.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.importers.UnitFiles;
import vn.rubric.workbench.platform.ExtensionPoints;

/** {@code rubric validate PACK}: checks the rubric and builds its rules; lists every finding. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "validate.data")
    Path data;

    public ValidateCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() {
        Packs.Built built = Packs.build(wb, pack, true, Map.of(), this::units);
        if (built.ruleBase() == null) {
            wb.out().println(wb.text().get("validate.failed", pack));
            wb.out().flush();
            return built.exitCode();
        }
        Rubric r = built.ruleBase().pack().rubric();
        wb.out().println(wb.text().get("validate.ok", r.regulation().id(), r.criteria().size(), r.allItems().size(),
                vn.rubric.dsl.score.Points.format(r.regulation().total()), r.rating().size()));
        wb.out().flush();
        return ExitCode.OK;
    }

    /**
     * The units of {@code --data}, or of the pack's one data file, typed for the rubric: the
     * validator tries overlapping tiers on them to say what the overlap costs. None when there
     * is no such file; a file that does not read is reported (it is not the rubric's fault).
     */
    private List<Unit> units(Rubric rubric) {
        try {
            Path folder = rubric.file().toAbsolutePath().getParent();
            Path file = data != null ? data
                    : UnitFiles.onlyDataFile(wb.registry().contributions(ExtensionPoints.IMPORTERS), folder.resolve(RulePack.DATA_FOLDER));
            if (file == null) return null;
            List<DataFiles.Read> read = DataFiles.read(wb, file, rubric);
            return read == null ? null : read.get(0).units();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
