package vn.rubric.dsl.amend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.source.SourcePos;

/**
 * The citation of what a draft changes. An item a change writes (or one of whose tiers it
 * writes) no longer rests on the base's article alone: it cites the draft and the article of
 * each change that wrote it ("Dự thảo …, Điều 1, khoản 2"), unless a change gave it a cite of
 * its own. Unchanged items keep the base's citation.
 */
final class ChangedCites {

    /** The changes that wrote one item: their cites, where the first is written, and whether one gave the item its own cite. */
    private static final class Touches {
        final List<String> cites = new ArrayList<>();
        final SourcePos pos;
        boolean own;

        Touches(SourcePos pos) {
            this.pos = pos;
        }
    }

    private final String draftCite;
    private final Map<String, Touches> items = new LinkedHashMap<>();

    ChangedCites(String draftCite) {
        this.draftCite = draftCite;
    }

    void touched(String itemId, ChangeSpec c, boolean ownCite) {
        Touches t = items.computeIfAbsent(itemId, k -> new Touches(c.change().pos()));
        String cite = c.change().cite();
        if (cite != null && !t.cites.contains(cite)) t.cites.add(cite);
        t.own |= ownCite;
    }

    /** "draft cite, change cite"; either alone when the other is missing; null when both are. */
    String compose(String changeCite) {
        return compose(changeCite == null ? List.of() : List.of(changeCite));
    }

    private String compose(List<String> changeCites) {
        String articles = changeCites.isEmpty() ? null : String.join("; ", changeCites);
        if (draftCite == null) return articles;
        return articles == null ? draftCite : draftCite + ", " + articles;
    }

    /** Writes the composed cite into every item written and still there, that has no cite of its own from a change. */
    void write(RubricTree tree) {
        items.forEach((id, t) -> {
            if (t.own) return;
            RubricTree.Found item = tree.item(id);
            String cite = compose(t.cites);
            if (item == null || item.mapping() == null || cite == null) return;
            Trees.put(item.mapping(), "cite", t.pos, Trees.text(cite, t.pos));
        });
    }
}
