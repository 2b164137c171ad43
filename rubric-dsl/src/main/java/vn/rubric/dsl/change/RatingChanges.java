package vn.rubric.dsl.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.expr.ExpressionText;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;

/**
 * The rating classes: each class's minimum, its bars (a bar is known by its condition; a
 * bar whose condition changed is one removed and one added) and its quota.
 */
final class RatingChanges {

    private RatingChanges() {}

    static void compare(Rubric base, Rubric draft, Found found) {
        Map<String, RatingClass> bc = byName(base.rating()), dc = byName(draft.rating());
        for (String name : InOrder.merge(List.copyOf(bc.keySet()), List.copyOf(dc.keySet()))) {
            RatingClass b = bc.get(name), d = dc.get(name);
            Target t = new Target(Kind.RATING_CLASS, name, null);
            if (b == null) {
                found.added(t, null, SheetChanges.amount(d.min(), draft));
            } else if (d == null) {
                found.removed(t, null, SheetChanges.amount(b.min(), base));
            } else {
                found.amount(t, "min", SheetChanges.amount(b.min(), base), SheetChanges.amount(d.min(), draft));
                bars(t, b.barredIf(), d.barredIf(), found);
                quota(t, b.quota(), d.quota(), base, draft, found);
            }
        }
    }

    private static void bars(Target t, List<RatingClass.Bar> inBase, List<RatingClass.Bar> inDraft, Found found) {
        Map<String, RatingClass.Bar> bb = byCondition(inBase), db = byCondition(inDraft);
        for (String when : InOrder.merge(List.copyOf(bb.keySet()), List.copyOf(db.keySet()))) {
            RatingClass.Bar b = bb.get(when), d = db.get(when);
            if (b == null) found.added(t, "barred-if", d.because());
            else if (d == null) found.removed(t, "barred-if", b.because());
            else found.text(t, "barred-if", b.because(), d.because());
        }
    }

    private static void quota(Target t, RatingClass.Quota b, RatingClass.Quota d, Rubric base, Rubric draft, Found found) {
        if (b == null && d == null) return;
        if (b == null) {
            found.added(t, "quota", SheetChanges.amount(d.percent(), draft));
        } else if (d == null) {
            found.removed(t, "quota", SheetChanges.amount(b.percent(), base));
        } else {
            found.amount(t, "quota.at-most-percent", SheetChanges.amount(b.percent(), base), SheetChanges.amount(d.percent(), draft));
            found.value(t, "quota.tie-break", String.join(", ", b.tieBreak()), String.join(", ", d.tieBreak()));
            found.text(t, "quota.because", b.because(), d.because());
        }
    }

    private static Map<String, RatingClass> byName(List<RatingClass> classes) {
        Map<String, RatingClass> out = new LinkedHashMap<>();
        classes.forEach(c -> out.putIfAbsent(c.name(), c));
        return out;
    }

    private static Map<String, RatingClass.Bar> byCondition(List<RatingClass.Bar> bars) {
        Map<String, RatingClass.Bar> out = new LinkedHashMap<>();
        bars.forEach(b -> out.putIfAbsent(ExpressionText.of(b.when()), b));
        return out;
    }
}
