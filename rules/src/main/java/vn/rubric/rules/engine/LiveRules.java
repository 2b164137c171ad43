package vn.rubric.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import vn.rubric.dsl.pack.RulePack;

/**
 * A KieBase that later builds of the same pack change in place, for the studio's edit loop:
 * an edit mostly changes a rule or two (a tier's points, a class's minimum), and compiling
 * those alone costs a fraction of a new build (BENCHMARKS.md, "Edit to comparison").
 *
 * <p>The rules of the first build stay in their package; a rule an edit changes or removes is
 * taken out of it (once), and every rule the pack has that the package no longer holds as it
 * is goes into one small package of its own, compiled again at each edit. Keeping the first
 * package untouched after that matters as much as compiling less: Drools re-links every
 * class of a package it adds to, and scoring on them would be cold again.
 *
 * <p>Only one version is live: the {@link RuleBase} of an earlier version is then stale, and
 * its {@link RuleBase#lease} refuses to score. Scoring holds a lease (a read lock) so that
 * an edit never changes the rules under a running session.
 */
final class LiveRules {

    /** Past this many rules out of the first build's place, a new build is cheaper and clearer. */
    private static final int MOST_MOVED = 24;

    private final KieBase kieBase;
    private final String packageName;
    /** Everything but the generated rules: preludes, hand-written files, by path. */
    private final Map<String, String> fixed;
    private final List<DrlParts> preludes;
    /** The rules of the first build still in their package, by name. */
    private final Map<String, String> inPackage;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private String overlay;
    private volatile String liveKey;

    private LiveRules(KieBase kieBase, String packageName, Map<String, String> fixed, List<DrlParts> preludes,
                      Map<String, String> rules, String key) {
        this.kieBase = kieBase;
        this.packageName = packageName;
        this.fixed = fixed;
        this.preludes = preludes;
        this.inPackage = rules;
        this.liveKey = key;
    }

    static LiveRules of(KieBase kieBase, RulePack pack, String key) {
        Cut cut = cut(pack);
        return new LiveRules(kieBase, pack.compiled().packageName(), cut.fixed, cut.preludes, new HashMap<>(cut.rules), key);
    }

    boolean isLive(String key) {
        return key.equals(liveKey);
    }

    /** A read lock on the rules of {@code key}; null when another version has replaced them. */
    RuleBase.Lease lease(String key) {
        lock.readLock().lock();
        if (!isLive(key)) {
            lock.readLock().unlock();
            return null;
        }
        return () -> lock.readLock().unlock();
    }

    /**
     * Changes the rules to those of {@code pack} (content {@code key}); false when that needs a
     * new build instead: other types, functions or hand-written rules, or too many rules
     * moved (these rules are then left as they were), or a rule that does not compile (the new
     * build then says where; these rules, half changed, are no longer live).
     */
    boolean update(RulePack pack, String key) {
        lock.writeLock().lock();
        try {
            if (liveKey == null) return false;
            Cut cut = cut(pack);
            // not changed in place: these rules stay as they are, for whoever still holds them
            if (!pack.compiled().packageName().equals(packageName) || !cut.fixed.equals(fixed)) return false;
            Map<String, String> moved = new LinkedHashMap<>();
            cut.rules.forEach((name, text) -> { if (!text.equals(inPackage.get(name))) moved.put(name, text); });
            if (moved.size() > MOST_MOVED) return false;
            List<String> out = new ArrayList<>();
            inPackage.forEach((name, text) -> { if (!text.equals(cut.rules.get(name))) out.add(name); });
            for (String name : out) {
                kieBase.removeRule(packageName, name);
                inPackage.remove(name);
            }
            if (overlay != null) kieBase.removeKiePackage(overlay);
            overlay = null;
            if (!moved.isEmpty() && !compile(moved)) return retire();
            liveKey = key;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean compile(Map<String, String> rules) {
        // one name for every edit: a class loader keeps a lock and a remembered miss for each
        // class name it is asked for, so a new name at every edit would grow the heap
        String name = packageName + ".edited";
        StringBuilder drl = new StringBuilder("package ").append(name).append(";\n")
                .append(DrlParts.imports(packageName, preludes)).append('\n');
        rules.values().forEach(text -> drl.append(text).append('\n'));
        // built against the KieBase, so the types and functions of the first build resolve; it adds the rules to it
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        builder.add(KieServices.Factory.get().getResources()
                .newByteArrayResource(drl.toString().getBytes(StandardCharsets.UTF_8), "UTF-8"), ResourceType.DRL);
        if (builder.hasErrors()) return false;
        overlay = name;
        return true;
    }

    private boolean retire() {
        liveKey = null;
        return false;
    }

    private record Cut(Map<String, String> fixed, List<DrlParts> preludes, Map<String, String> rules) {}

    private static Cut cut(RulePack pack) {
        Map<String, String> fixed = new LinkedHashMap<>();
        List<DrlParts> preludes = new ArrayList<>();
        Map<String, String> rules = new HashMap<>();
        RuleBase.sources(pack).forEach((path, text) -> {
            if (path.endsWith("/" + RuleBase.GENERATED_FILE) || path.endsWith("/" + RuleBase.POPULATION_FILE)) {
                DrlParts parts = DrlParts.of(text);
                fixed.put(path, parts.prelude());
                preludes.add(parts);
                rules.putAll(parts.rules());
            } else {
                fixed.put(path, text);
            }
        });
        return new Cut(fixed, preludes, rules);
    }
}
