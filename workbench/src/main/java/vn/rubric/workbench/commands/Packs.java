package vn.rubric.workbench.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.workbench.Workbench;

/** What the commands share: loading and building a pack with its diagnostics printed and an exit code chosen, and the usage error. */
final class Packs {

    /** A built rule base, or the exit code to return when there is none. */
    record Built(RuleBase ruleBase, int exitCode) {}

    private Packs() {}

    /** Loads, validates, compiles and builds; prints every diagnostic to {@code err}. */
    static Built build(Workbench wb, Path pack, boolean printWarnings) {
        if (!Files.exists(pack)) {
            wb.err().println(wb.diagnostics().render(Diagnostic.error("E-FILE-MISSING", vn.rubric.dsl.source.SourcePos.of(pack), pack)));
            wb.err().flush();
            return new Built(null, ExitCode.USAGE);
        }
        PackLoader.Result loaded = PackLoader.load(pack);
        print(wb, loaded.diagnostics(), printWarnings);
        if (!loaded.ok()) return new Built(null, exitCodeOf(loaded.diagnostics()));
        RuleBase.Result built = RuleBase.build(loaded.pack());
        print(wb, built.diagnostics(), printWarnings);
        if (built.ruleBase() == null) return new Built(null, ExitCode.FAILED);
        return new Built(built.ruleBase(), ExitCode.OK);
    }

    /** Prints "error: ..." from the CLI bundle and gives the usage exit code. */
    static int usage(Workbench wb, String key, Object... args) {
        wb.err().println(wb.text().get("error.prefix") + " " + wb.text().get(key, args));
        wb.err().flush();
        return ExitCode.USAGE;
    }

    static void print(Workbench wb, Diagnostics diagnostics, boolean warnings) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.isError() || warnings) wb.err().println(wb.diagnostics().render(d));
        }
        wb.err().flush();
    }

    /** A file that cannot be found or read is an input error (2); anything else wrong in a rubric is a failure (1). */
    static int exitCodeOf(Diagnostics diagnostics) {
        boolean inputOnly = diagnostics.all().stream().filter(Diagnostic::isError)
                .allMatch(d -> List.of("E-FILE-MISSING", "E-FILE-UNREADABLE").contains(d.code()));
        return inputOnly ? ExitCode.USAGE : ExitCode.FAILED;
    }

}
