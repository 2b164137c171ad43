package vn.rubric.dsl.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Section;

/**
 * The article behind a change, where the draft gives one.
 *
 * <p>An amending pack says it: the change it lists that is aimed at the same thing (a
 * tier, else its item, else the item's criterion or section, for a change found inside
 * what an amendment replaced), preferring one that sets the key that changed; a parameter's
 * change may also be cited by an amendment aimed at what the parameter moves.
 *
 * <p>A full copy has no list of changes; its drafter marks a changed item by giving it a
 * citation of the draft. So a change on an item (or a tier of it), a criterion or a section
 * is cited by the draft's citation of that item, criterion or section when it differs from
 * the regulation's (for a new one: from the regulation's own citation). A citation that
 * changed is not listed as a change of its own: it cites; it does not score.
 */
final class Citations {

    private final Rubric base, draft;

    Citations(Rubric base, Rubric draft) {
        this.base = base;
        this.draft = draft;
    }

    String of(RegulationChange change) {
        return draft.amendment() != null ? amended(change, draft.amendment()) : copied(change.target());
    }

    // ------------------------------------------------------------ amending pack

    private String amended(RegulationChange change, Amendment amendment) {
        List<Target> aims = new ArrayList<>(enclosing(change.target()));
        if (change.target().kind() == Kind.PARAMETER) aims.addAll(change.moves());
        // first an amendment that says it sets this key, at the closest level; then any aimed there
        for (boolean strict : new boolean[] {true, false}) {
            for (Target aim : aims) {
                for (Amendment.Change a : amendment.changes()) {
                    if (aimedAt(a.target(), aim) && (!strict || sets(a, change))) return a.cite();
                }
            }
        }
        return null;
    }

    /** The target, then what holds it: a tier's item, an item's criterion or section. */
    private List<Target> enclosing(Target t) {
        List<Target> out = new ArrayList<>(List.of(t));
        String item = t.kind() == Kind.TIER ? t.id() : t.kind() == Kind.ITEM ? t.id() : null;
        if (item == null) return out;
        if (t.kind() == Kind.TIER) out.add(new Target(Kind.ITEM, item, null));
        Target group = group(draft, item);
        if (group == null) group = group(base, item);
        if (group != null) out.add(group);
        return out;
    }

    private static Target group(Rubric r, String item) {
        for (Criterion c : r.criteria()) {
            for (Item i : c.items()) if (i.id().equals(item)) return new Target(Kind.CRITERION, c.id(), null);
        }
        for (Section s : r.sections().toList()) {
            for (Item i : s.items()) {
                if (i.id().equals(item)) return new Target(s.kind() == Section.Kind.BONUS ? Kind.BONUS : Kind.DEDUCTIONS, null, null);
            }
        }
        return null;
    }

    private static boolean aimedAt(Target a, Target t) {
        return a != null && a.kind() == t.kind() && Objects.equals(a.id(), t.id()) && (t.kind() != Kind.TIER || Objects.equals(a.tier(), t.tier()));
    }

    /** Whether the amendment's change makes this one: it adds, replaces or removes its target, or sets the key that changed. */
    private static boolean sets(Amendment.Change a, RegulationChange change) {
        if (a.op() != Amendment.Op.SET || a.keys() == null || a.keys().isEmpty() || change.key() == null) return true;
        return a.keys().contains(change.key()) || a.keys().contains(change.topKey());
    }

    // ------------------------------------------------------------ full copy

    private String copied(Target t) {
        String item = t.kind() == Kind.TIER || t.kind() == Kind.ITEM ? t.id() : null;
        String inDraft, inBase;
        if (item != null) {
            inDraft = draft.item(item).map(Item::cite).orElse(null);
            inBase = base.item(item).map(Item::cite).orElse(base.regulation().cite());
        } else if (t.kind() == Kind.CRITERION) {
            inDraft = criterionCite(draft, t.id());
            inBase = base.criteria().stream().anyMatch(c -> c.id().equals(t.id())) ? criterionCite(base, t.id()) : base.regulation().cite();
        } else if (t.kind() == Kind.BONUS || t.kind() == Kind.DEDUCTIONS) {
            Section.Kind kind = t.kind() == Kind.BONUS ? Section.Kind.BONUS : Section.Kind.DEDUCTION;
            inDraft = sectionCite(draft, kind);
            inBase = section(base, kind) != null ? sectionCite(base, kind) : base.regulation().cite();
        } else {
            return null;
        }
        return inDraft != null && !inDraft.equals(inBase) ? inDraft : null;
    }

    private static String criterionCite(Rubric r, String id) {
        return r.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.cite() != null ? c.cite() : r.regulation().cite()).orElse(null);
    }

    /** A section has no citation of its own in the model: its items inherit it, so the one they share is the section's. */
    private static String sectionCite(Rubric r, Section.Kind kind) {
        Section s = section(r, kind);
        if (s == null || s.items().isEmpty()) return null;
        String first = s.items().get(0).cite();
        return s.items().stream().allMatch(i -> Objects.equals(i.cite(), first)) ? first : null;
    }

    private static Section section(Rubric r, Section.Kind kind) {
        return kind == Section.Kind.BONUS ? r.bonus() : r.deductions();
    }
}
