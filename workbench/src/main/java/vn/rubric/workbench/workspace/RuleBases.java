package vn.rubric.workbench.workspace;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.LookupCache;
import vn.rubric.rules.engine.RuleBase;

/**
 * The rule bases a workspace has built, one per pack folder, by the content of the DRL they
 * run ({@link RuleBase#contentKey}): an unchanged rubric is not built again, a changed one
 * replaces the old (which is then only the garbage collector's). Drools' global repository
 * keeps nothing of either ({@link RuleBase#build} removes its module).
 */
final class RuleBases {

    /** By pack folder; a sweep's or a {@code --set}'s variants of a pack replace each other too. */
    private final ConcurrentMap<Path, RuleBase> byPack = new ConcurrentHashMap<>();
    private final LookupCache classLoader = new LookupCache(RuleBase.class.getClassLoader());

    /**
     * The pack's rule base, built only when the one kept for its folder ran other DRL. Two
     * threads that ask for the same new content at once may both build it; either is kept.
     */
    RuleBase.Result build(RulePack pack) {
        Path folder = pack.folder().toAbsolutePath().normalize();
        RuleBase kept = byPack.get(folder);
        if (kept != null && kept.contentKey().equals(RuleBase.contentKey(pack))) {
            return new RuleBase.Result(kept.withPack(pack), new Diagnostics());
        }
        // an edit of a kept pack changes its rules in place when it can (RuleBase.build)
        RuleBase.Result built = RuleBase.build(pack, classLoader, kept);
        if (built.ruleBase() != null) byPack.put(folder, built.ruleBase());
        return built;
    }
}
