package vn.rubric.dsl.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a regulation and its draft in one reading order: the draft's order, with
 * each part the draft removed put back where the regulation had it (after the part that
 * preceded it there), so a removal is listed where a reader of the old sheet looks for it.
 * A part replaced by a new one in the same place comes before it: what was there, then
 * what the draft puts there.
 */
final class InOrder {

    private InOrder() {}

    static List<String> merge(List<String> base, List<String> draft) {
        List<String> out = new ArrayList<>(draft);
        Set<String> inDraft = new HashSet<>(draft);
        String previous = null;
        for (String id : base) {
            if (!inDraft.contains(id)) out.add(previous == null ? 0 : out.indexOf(previous) + 1, id);
            previous = id;
        }
        return out;
    }
}
