package vn.rubric.dsl.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.change.RegulationChange.Amount;
import vn.rubric.dsl.change.RegulationChange.Method;
import vn.rubric.dsl.change.RegulationChange.TierRule;
import vn.rubric.dsl.expr.ExpressionText;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Points;
import vn.rubric.dsl.model.Rounding;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.model.Tier;

/**
 * The scored part of the sheet, as it reads: each criterion, then its items, each item's
 * tiers; then the bonus section and the deductions, with theirs. An item is known by its
 * id wherever it stands, so one moved to another criterion is a change of its criterion,
 * not a removal and an addition.
 */
final class SheetChanges {

    private final Rubric base, draft;
    private final Found found;
    private final Map<String, Item> baseItems = new LinkedHashMap<>(), draftItems = new LinkedHashMap<>();
    private final Map<String, String> baseGroup = new LinkedHashMap<>(), draftGroup = new LinkedHashMap<>();

    SheetChanges(Rubric base, Rubric draft, Found found) {
        this.base = base;
        this.draft = draft;
        this.found = found;
        index(base, baseItems, baseGroup);
        index(draft, draftItems, draftGroup);
    }

    /** Each item by id, and the group it stands in: a criterion's id, or {@code bonus} / {@code deductions}. */
    private static void index(Rubric r, Map<String, Item> items, Map<String, String> groups) {
        for (Criterion c : r.criteria()) {
            for (Item i : c.items()) {
                items.putIfAbsent(i.id(), i);
                groups.putIfAbsent(i.id(), c.id());
            }
        }
        r.sections().forEach(s -> s.items().forEach(i -> {
            items.putIfAbsent(i.id(), i);
            groups.putIfAbsent(i.id(), group(s));
        }));
    }

    private static String group(Section s) {
        return s.kind() == Section.Kind.BONUS ? "bonus" : "deductions";
    }

    void compare() {
        Map<String, Criterion> bc = byId(base.criteria()), dc = byId(draft.criteria());
        for (String id : InOrder.merge(List.copyOf(bc.keySet()), List.copyOf(dc.keySet()))) {
            Criterion b = bc.get(id), d = dc.get(id);
            Target t = new Target(Kind.CRITERION, id, null);
            if (b == null) {
                found.added(t, null, d.title());
            } else if (d == null) {
                found.removed(t, null, b.title());
            } else {
                found.text(t, "title", b.title(), d.title());
                found.value(t, "max", b.max(), d.max());
            }
            items(id, b == null ? List.of() : b.items(), d == null ? List.of() : d.items());
        }
        section(base.bonus(), draft.bonus(), Kind.BONUS, "bonus");
        section(base.deductions(), draft.deductions(), Kind.DEDUCTIONS, "deductions");
    }

    private void section(Section b, Section d, Kind kind, String group) {
        if (b == null && d == null) return;
        Target t = new Target(kind, null, null);
        if (b == null) {
            found.added(t, null, d.max());
        } else if (d == null) {
            found.removed(t, null, b.max());
        } else {
            found.text(t, "title", b.title(), d.title());
            found.value(t, "max", b.max(), d.max());
        }
        items(group, b == null ? List.of() : b.items(), d == null ? List.of() : d.items());
    }

    /** The items of one group: an item in the other rubric but in another group is compared where the draft has it. */
    private void items(String group, List<Item> inBase, List<Item> inDraft) {
        List<String> baseIds = new ArrayList<>(), draftIds = new ArrayList<>();
        inBase.forEach(i -> baseIds.add(i.id()));
        inDraft.forEach(i -> draftIds.add(i.id()));
        for (String id : InOrder.merge(baseIds, draftIds)) {
            boolean here = draftIds.contains(id);
            Item b = baseItems.get(id), d = here ? draftItems.get(id) : null;
            if (!here && draftItems.containsKey(id)) continue; // moved: compared in its new group
            Target t = new Target(Kind.ITEM, id, null);
            if (b == null) {
                found.added(t, null, d.title());
            } else if (d == null) {
                found.removed(t, null, b.title());
            } else {
                found.value(t, "criterion", baseGroup.get(id), group);
                item(t, b, d);
            }
        }
    }

    private void item(Target t, Item b, Item d) {
        found.text(t, "title", b.title(), d.title());
        found.value(t, "max", b.max(), d.max());
        Scoring bs = b.scoring(), ds = d.scoring();
        if (bs == null || ds == null) return; // a rubric that failed to load; nothing to compare
        found.value(t, "scoring", method(bs), method(ds));
        if (bs instanceof Scoring.PickOne bp && ds instanceof Scoring.PickOne dp) tiers(t.id(), bp.tiers(), dp.tiers());
        if (bs instanceof Scoring.Drl br && ds instanceof Scoring.Drl dr) found.value(t, "reads", String.join(", ", br.reads()), String.join(", ", dr.reads()));
        Rounding br = rounding(bs), dr = rounding(ds);
        if (br != null && dr != null) found.value(t, "rounding", br, dr);
    }

    private void tiers(String item, List<Tier> inBase, List<Tier> inDraft) {
        Map<String, Tier> bt = new LinkedHashMap<>(), dt = new LinkedHashMap<>();
        inBase.forEach(x -> bt.putIfAbsent(x.label(), x));
        inDraft.forEach(x -> dt.putIfAbsent(x.label(), x));
        for (String label : InOrder.merge(List.copyOf(bt.keySet()), List.copyOf(dt.keySet()))) {
            Tier b = bt.get(label), d = dt.get(label);
            Target t = new Target(Kind.TIER, item, label);
            if (b == null) {
                found.added(t, null, rule(d, draft));
            } else if (d == null) {
                found.removed(t, null, rule(b, base));
            } else {
                found.text(t, "text", b.text(), d.text());
                found.value(t, "when", condition(b), condition(d));
                found.amount(t, "points", amount(b.points(), base), amount(d.points(), draft));
            }
        }
    }

    private static TierRule rule(Tier t, Rubric r) {
        return new TierRule(t.label(), condition(t), amount(t.points(), r));
    }

    private static String condition(Tier t) {
        return t.isFallback() ? null : ExpressionText.of(t.when());
    }

    /** How an item is scored, as the rubric says it; the rounding is compared on its own. */
    static Method method(Scoring s) {
        if (s instanceof Scoring.PickOne) return new Method("pick-one", null);
        if (s instanceof Scoring.Assessed a) return new Method("assessed", a.field());
        if (s instanceof Scoring.Formula f) return new Method("formula", ExpressionText.of(f.expression()));
        Scoring.Drl d = (Scoring.Drl) s;
        return new Method("rule", d.file());
    }

    private static Rounding rounding(Scoring s) {
        if (s instanceof Scoring.Assessed a) return a.rounding();
        if (s instanceof Scoring.Formula f) return f.rounding();
        return null;
    }

    /** Points as written, with the value a parameter gives them in that rubric (NaN for a parameter it does not have). */
    static Amount amount(Points p, Rubric r) {
        if (p == null) return null;
        if (p.parameter() == null) return new Amount(p.value(), null);
        var param = r.parameters().get(p.parameter());
        return new Amount(param == null ? Double.NaN : param.value(), p.parameter());
    }

    private static Map<String, Criterion> byId(List<Criterion> criteria) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        criteria.forEach(c -> out.putIfAbsent(c.id(), c));
        return out;
    }
}
