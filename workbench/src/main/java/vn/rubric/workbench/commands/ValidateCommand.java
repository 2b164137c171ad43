package vn.rubric.workbench.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric validate PACK [--data FILE]}: checks the rubric and builds its rules; lists every
 * finding. Overlapping tiers are tried on the data (the pack's own by default) to say what they cost.
 */
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
        Console console = new Console(wb);
        Outcome<RuleBase> built = console.workspace().validate(pack, data);
        int exit = console.finish(built);
        if (!built.ok()) {
            wb.out().println(wb.text().get("validate.failed", pack));
            wb.out().flush();
            return exit;
        }
        Rubric r = built.value().pack().rubric();
        wb.out().println(wb.text().get("validate.ok", r.regulation().id(), r.criteria().size(), r.allItems().size(),
                vn.rubric.dsl.score.Points.format(r.regulation().total()), r.rating().size()));
        wb.out().flush();
        return ExitCode.OK;
    }
}
