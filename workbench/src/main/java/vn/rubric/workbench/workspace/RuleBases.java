package vn.rubric.workbench.workspace;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;

/**
 * The rule bases a workspace has built, one per pack folder, keyed by the content of the DRL
 * it ran ({@link RuleBase#contentKey}): an unchanged rubric is not built again, a changed one
 * replaces the old (which is then only the garbage collector's). Drools' global repository
 * keeps nothing of either ({@link RuleBase#build} removes its module).
 */
final class RuleBases {

    private record Entry(String key, RuleBase ruleBase) {}

    /** By pack folder; a sweep's or a {@code --set}'s variants of a pack replace each other too. */
    private final ConcurrentMap<Path, Entry> byPack = new ConcurrentHashMap<>();

    /**
     * The pack's rule base, built only when no build of the same DRL is kept. Two threads that
     * ask for the same new content at once may both build it; the second result is kept.
     */
    RuleBase.Result build(RulePack pack) {
        String key = RuleBase.contentKey(pack);
        Path folder = pack.folder().toAbsolutePath().normalize();
        Entry kept = byPack.get(folder);
        if (kept != null && kept.key().equals(key)) {
            // the same rules; the rubric around them (titles, citations) is the one just loaded
            return new RuleBase.Result(RuleBase.of(pack, kept.ruleBase().kieBase()), new vn.rubric.dsl.diag.Diagnostics());
        }
        RuleBase.Result built = RuleBase.build(pack);
        if (built.ruleBase() != null) byPack.put(folder, new Entry(key, built.ruleBase()));
        return built;
    }

    /** How many rule bases are kept (for tests and the benchmark). */
    int size() {
        return byPack.size();
    }
}
