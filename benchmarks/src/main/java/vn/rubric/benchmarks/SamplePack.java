package vn.rubric.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;

/**
 * Finds and loads the sample pack the benchmarks use. The folder is the system property
 * {@code rubric.pack} when set, else {@code samples/hung-yen-02-2020} found by walking up
 * from the working directory (so it works from the repository root, from benchmarks/ under
 * Maven, and in JMH's forked JVMs, which keep the working directory).
 */
public final class SamplePack {

    public static final String DEFAULT = "samples/hung-yen-02-2020";

    private SamplePack() {}

    public static Path folder() {
        String set = System.getProperty("rubric.pack");
        if (set != null && !set.isBlank()) return Path.of(set).toAbsolutePath().normalize();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT);
            if (Files.isRegularFile(candidate.resolve(RulePack.RUBRIC_FILE))) return candidate;
        }
        throw new IllegalStateException("cannot find " + DEFAULT + " above " + Path.of("").toAbsolutePath()
                + "; run from the repository or set -Drubric.pack=<folder>");
    }

    /** The loaded pack; fails loudly with the diagnostics when it does not validate. */
    public static RulePack load() {
        return load(folder());
    }

    /** The pack in {@code folder}; fails loudly with the diagnostics when it does not validate. */
    public static RulePack load(Path folder) {
        PackLoader.Result r = PackLoader.load(folder);
        if (r.pack() == null) throw new IllegalStateException("the pack " + folder + " does not load: " + r.diagnostics().sorted());
        return r.pack();
    }

    /** The pack's KieBase; fails loudly when Drools reports errors. */
    public static RuleBase build(RulePack pack) {
        RuleBase.Result r = RuleBase.build(pack);
        if (r.ruleBase() == null) throw new IllegalStateException("the rules of " + pack.id() + " do not build: " + r.diagnostics().sorted());
        return r.ruleBase();
    }
}
