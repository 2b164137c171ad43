package vn.rubric.workbench.workspace;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.LookupCache;
import vn.rubric.rules.engine.RuleBase;

/**
 * The rule bases a workspace has built, one per pack folder, by the content of the DRL they
 * run ({@link RuleBase#contentKey}): an unchanged rubric is not built again, a changed one
 * changes the kept rules in place or replaces them (the old rule base is then stale, or only
 * the garbage collector's). Drools' global repository keeps nothing ({@link RuleBase#build}
 * removes its module).
 */
final class RuleBases {

    /** By pack folder; a sweep's or a {@code --set}'s variants of a pack replace each other too. */
    private final ConcurrentMap<Path, RuleBase> byPack = new ConcurrentHashMap<>();
    private final LookupCache classLoader = new LookupCache(RuleBase.class.getClassLoader());

    /**
     * The pack's rule base, built or changed only when the one kept for its folder ran other
     * DRL. Of two threads that ask for different content at once the later wins, and the
     * earlier one's rule base may be stale when it scores (its lease says so).
     */
    RuleBase.Result build(RulePack pack) {
        Path folder = pack.folder().toAbsolutePath().normalize();
        // the kept rules as they are, changed in place by an edit, or built anew (RuleBase.build)
        RuleBase.Result built = RuleBase.build(pack, classLoader, byPack.get(folder));
        if (built.ruleBase() != null) byPack.put(folder, built.ruleBase());
        return built;
    }
}
