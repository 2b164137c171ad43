package vn.rubric.dsl.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.rubric.dsl.model.Amendment;

/**
 * The changes applied so far, to tell when a later one aims at something an earlier one
 * removed, or touches what an earlier one already wrote (the same key of the same thing, or a
 * whole thing and a part of it), which the drafter must write as one change.
 */
final class ChangeLog {

    /** A change applied: the path of its target ("criterion:3", "item:3.8", …), what it did, which keys it wrote. */
    private record Entry(List<String> path, Amendment.Op op, Set<String> keys, int line) {}

    private final List<Entry> applied = new ArrayList<>();
    /** What was removed ("item:3.8", "item:5.2/tier:…", "criterion:3"), and the line of the change that removed it. */
    private final Map<String, Integer> removed = new HashMap<>();

    /** The line of the change that removed {@code key}, or 0. */
    int removedBy(String key) {
        return removed.getOrDefault(key, 0);
    }

    void removed(String key, int line) {
        removed.putIfAbsent(key, line);
    }

    /** The line of an earlier change this one cannot be combined with, or 0. */
    int conflict(List<String> path, Amendment.Op op, List<String> keys) {
        Set<String> written = grouped(path, keys);
        for (Entry e : applied) {
            if (e.path().equals(path)) {
                if (e.op() == Amendment.Op.SET && op == Amendment.Op.SET && disjoint(e.keys(), written)) continue;
                return e.line();
            }
            if (isPrefix(e.path(), path) && writesParts(e.op(), e.keys())) return e.line();
            if (isPrefix(path, e.path()) && writesParts(op, written)) return e.line();
        }
        return 0;
    }

    void applied(List<String> path, Amendment.Op op, List<String> keys, int line) {
        applied.add(new Entry(path, op, grouped(path, keys), line));
    }

    /**
     * Keys that write one thing between them count as one: an item's way of scoring (setting
     * one drops the others), a tier's condition, a class's minimum.
     */
    private static Set<String> grouped(List<String> path, List<String> keys) {
        String last = path.get(path.size() - 1);
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (last.startsWith("item:") && ChangeApplier.SCORING.contains(k)) out.add("scoring");
            else if (last.startsWith("tier:") && (k.equals("when") || k.equals("otherwise"))) out.add("condition");
            else if (last.startsWith("class:") && (k.equals("min") || k.equals("otherwise"))) out.add("min");
            else out.add(k);
        }
        return out;
    }

    /** Whether a change to a whole thing also writes its parts (items of a criterion, tiers of an item). */
    private static boolean writesParts(Amendment.Op op, Set<String> keys) {
        return op != Amendment.Op.SET || keys.contains("items") || keys.contains("scoring");
    }

    private static boolean isPrefix(List<String> a, List<String> b) {
        return a.size() < b.size() && b.subList(0, a.size()).equals(a);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String k : a) if (b.contains(k)) return false;
        return true;
    }
}
