package vn.rubric.workbench.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.rubric.dsl.util.Names;
import vn.rubric.dsl.pack.RulePack;
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
        return build(wb, pack, printWarnings, settings, rubric -> null);
    }

    /** As {@link #build(Workbench, Path, boolean, Map)}, validating on the units {@code data} gives for the rubric read (null: none). */
    static Built build(Workbench wb, Path pack, boolean printWarnings, Map<String, String> settings,
                       java.util.function.Function<vn.rubric.dsl.model.Rubric, List<vn.rubric.dsl.score.Unit>> data) {
        Loaded loaded = load(wb, pack, printWarnings, settings, data);
        return loaded.pack() == null ? new Built(null, loaded.exitCode()) : buildAll(wb, List.of(loaded.pack()), printWarnings).get(0);
    }

    /** A loaded, validated and compiled pack (not yet a Drools rule base), or the exit code to return when there is none. */
    record Loaded(RulePack pack, int exitCode) {}

    /** Loads, validates and compiles, with {@code --set} values applied; prints every diagnostic to {@code err}. */
    static Loaded load(Workbench wb, Path pack, boolean printWarnings, Map<String, String> settings) {
        return load(wb, pack, printWarnings, settings, rubric -> null);
    }

    private static Loaded load(Workbench wb, Path pack, boolean printWarnings, Map<String, String> settings,
                               java.util.function.Function<vn.rubric.dsl.model.Rubric, List<vn.rubric.dsl.score.Unit>> data) {
        if (!Files.exists(pack)) {
            wb.err().println(wb.diagnostics().render(Diagnostic.error("E-FILE-MISSING", vn.rubric.dsl.source.SourcePos.of(pack), pack)));
            wb.err().flush();
            return new Loaded(null, ExitCode.USAGE);
        }
        PackLoader.Result loaded = PackLoader.load(pack, wb.registry().functions(), data);
        print(wb, loaded.diagnostics(), printWarnings);
        if (!loaded.ok()) return new Loaded(null, exitCodeOf(loaded.diagnostics()));
        RulePack rulePack = loaded.pack();
        if (!settings.isEmpty()) {
            Map<String, Double> values = parameterValues(wb, rulePack, settings);
            if (values == null) return new Loaded(null, ExitCode.USAGE);
            PackLoader.Result changed = PackLoader.withParameters(rulePack, values, wb.registry().functions());
            print(wb, changed.diagnostics(), false);
            if (!changed.ok()) return new Loaded(null, ExitCode.FAILED);
            rulePack = changed.pack();
        }
        return new Loaded(rulePack, ExitCode.OK);
    }

    /**
     * Builds the packs' Drools rule bases, each on a thread of its own: a cold build is
     * mostly compiling, and a diff's two packs need not wait for each other. Diagnostics are
     * printed afterwards, in the packs' order.
     */
    static List<Built> buildAll(Workbench wb, List<RulePack> packs, boolean printWarnings) {
        return startBuilds(packs).join(wb, printWarnings);
    }

    /** Builds under way; a command reads its data meanwhile, then joins them. */
    static final class Builds {
        private final ExecutorService pool;
        private final List<CompletableFuture<RuleBase.Result>> builds;

        private Builds(List<RulePack> packs) {
            // a pool of its own (the common pool has one thread on a two-core machine), of daemon
            // threads, so a command that stops early does not wait for builds it no longer needs
            this.pool = Executors.newFixedThreadPool(packs.size(), r -> {
                Thread t = new Thread(r, "rubric-build");
                t.setDaemon(true);
                return t;
            });
            this.builds = packs.stream().map(p -> CompletableFuture.supplyAsync(() -> RuleBase.build(p), pool)).toList();
            pool.shutdown();
        }

        /** Waits for every build; prints their diagnostics in the packs' order. */
        List<Built> join(Workbench wb, boolean printWarnings) {
            List<Built> out = new ArrayList<>();
            for (CompletableFuture<RuleBase.Result> f : builds) {
                RuleBase.Result built = f.join();
                print(wb, built.diagnostics(), printWarnings);
                out.add(built.ruleBase() == null ? new Built(null, ExitCode.FAILED) : new Built(built.ruleBase(), ExitCode.OK));
            }
            return out;
        }
    }

    static Builds startBuilds(List<RulePack> packs) {
        return new Builds(packs);
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
