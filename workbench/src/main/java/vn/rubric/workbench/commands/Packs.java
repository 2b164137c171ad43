package vn.rubric.workbench.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.util.Names;
import vn.rubric.rules.pack.RulePack;
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
        return build(wb, pack, printWarnings, Map.of());
    }

    /**
     * As {@link #build(Workbench, Path, boolean)}, with some parameters set to other values
     * ({@code --set name=value}): a name the rubric does not have, or a value that is not a
     * number, is a usage error.
     */
    static Built build(Workbench wb, Path pack, boolean printWarnings, Map<String, String> settings) {
        if (!Files.exists(pack)) {
            wb.err().println(wb.diagnostics().render(Diagnostic.error("E-FILE-MISSING", vn.rubric.dsl.source.SourcePos.of(pack), pack)));
            wb.err().flush();
            return new Built(null, ExitCode.USAGE);
        }
        PackLoader.Result loaded = PackLoader.load(pack);
        print(wb, loaded.diagnostics(), printWarnings);
        if (!loaded.ok()) return new Built(null, exitCodeOf(loaded.diagnostics()));
        RulePack rulePack = loaded.pack();
        if (!settings.isEmpty()) {
            Map<String, Double> values = parameterValues(wb, rulePack, settings);
            if (values == null) return new Built(null, ExitCode.USAGE);
            PackLoader.Result changed = PackLoader.withParameters(rulePack, values);
            print(wb, changed.diagnostics(), false);
            if (!changed.ok()) return new Built(null, ExitCode.FAILED);
            rulePack = changed.pack();
        }
        RuleBase.Result built = RuleBase.build(rulePack);
        print(wb, built.diagnostics(), printWarnings);
        if (built.ruleBase() == null) return new Built(null, ExitCode.FAILED);
        return new Built(built.ruleBase(), ExitCode.OK);
    }

    /** The {@code --set} values as numbers, or null after printing what is wrong with one. */
    static Map<String, Double> parameterValues(Workbench wb, RulePack pack, Map<String, String> settings) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String name = e.getKey().strip();
            if (!pack.rubric().parameters().containsKey(name)) {
                String near = Names.closest(name, pack.rubric().parameters().keySet());
                String known = String.join(", ", pack.rubric().parameters().keySet());
                usage(wb, near == null ? "set.unknown" : "set.unknown-suggest", name, pack.id(), known.isEmpty() ? "-" : known, near);
                return null;
            }
            String v = e.getValue().strip();
            if (!v.matches("-?\\d+(\\.\\d+)?")) {
                usage(wb, "set.not-a-number", name, v);
                return null;
            }
            values.put(name, Double.parseDouble(v));
        }
        return values;
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
