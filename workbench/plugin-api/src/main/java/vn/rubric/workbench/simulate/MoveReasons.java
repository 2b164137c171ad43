package vn.rubric.workbench.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.score.ScoreSheet;

/**
 * Why a unit changed class, in terms of the regulation changes that moved it: the items that
 * give it other points (each with the article of the change to that item, its tier, the
 * criterion or section it came or went with, or the parameter its points are written as), a
 * removed or added item said as such, a class minimum that moved past its total, a bar or
 * quota it gained or lost. Made once per comparison; asked once per unit that moved.
 */
final class MoveReasons {

    private final Rubric base, draft;
    private final List<RegulationChange> changes;
    /** For each item id, the changes that can give it other points. */
    private final Map<String, List<RegulationChange>> byItem = new HashMap<>();

    MoveReasons(Rubric base, Rubric draft, List<RegulationChange> changes) {
        this.base = base;
        this.draft = draft;
        this.changes = changes;
        for (RegulationChange c : changes) {
            for (String item : itemsTouched(c)) byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(c);
        }
    }

    private List<String> itemsTouched(RegulationChange c) {
        Amendment.Target t = c.target();
        List<String> out = new ArrayList<>();
        switch (t.kind()) {
            case ITEM, TIER -> out.add(t.id());
            case CRITERION -> {
                if (c.key() == null) {
                    itemsOfCriterion(base, t.id(), out);
                    itemsOfCriterion(draft, t.id(), out);
                }
            }
            case BONUS, DEDUCTIONS -> {
                if (c.key() == null) {
                    Section.Kind kind = t.kind() == Amendment.Kind.BONUS ? Section.Kind.BONUS : Section.Kind.DEDUCTION;
                    for (Rubric r : List.of(base, draft)) {
                        r.sections().filter(s -> s.kind() == kind).forEach(s -> s.items().forEach(i -> out.add(i.id())));
                    }
                }
            }
            case PARAMETER -> c.moves().stream().filter(m -> m.kind() == Amendment.Kind.ITEM || m.kind() == Amendment.Kind.TIER)
                    .forEach(m -> out.add(m.id()));
            default -> { }
        }
        return out;
    }

    private static void itemsOfCriterion(Rubric r, String id, List<String> out) {
        for (Criterion c : r.criteria()) if (c.id().equals(id)) c.items().forEach(i -> out.add(i.id()));
    }

    /** The reasons, items first (largest change first, as {@code items} is), then minimums, then bars. */
    List<Reason> of(ScoreSheet b, ScoreSheet d, List<Comparison.ItemDelta> items, List<ScoreSheet.Bar> barsGained) {
        List<Reason> out = new ArrayList<>();
        for (Comparison.ItemDelta x : items) {
            String cite = cites(byItem.getOrDefault(x.id(), List.of()));
            Reason.Kind kind = x.draft() == null ? Reason.Kind.ITEM_REMOVED : x.base() == null ? Reason.Kind.ITEM_ADDED : Reason.Kind.ITEM_POINTS;
            out.add(new Reason(kind, x.id(), x.title(), x.base(), x.draft(), cite));
        }
        for (String name : new LinkedHashSet<>(List.of(b.ratingClass(), d.ratingClass()))) minimum(name, d.total(), out);
        for (ScoreSheet.Bar bar : barsGained) {
            out.add(new Reason(Reason.Kind.BARRED, bar.ratingClass(), bar.reason(), null, null, barCite(bar, draft, false)));
        }
        for (ScoreSheet.Bar bar : b.barred()) {
            if (!d.barred().contains(bar)) {
                out.add(new Reason(Reason.Kind.BAR_LIFTED, bar.ratingClass(), bar.reason(), null, null, barCite(bar, base, true)));
            }
        }
        return List.copyOf(out);
    }

    /** A class minimum that moved past the unit's new total: raised above it, or lowered to it. */
    private void minimum(String name, double total, List<Reason> out) {
        RatingClass bc = ratingClass(base, name), dc = ratingClass(draft, name);
        if (bc == null || dc == null || bc.isFallback() || dc.isFallback()) return;
        double from = value(base, bc.min()), to = value(draft, dc.min());
        Reason.Kind kind = to > from && total < to && total >= from ? Reason.Kind.UNDER_NEW_MIN
                : to < from && total >= to && total < from ? Reason.Kind.OVER_NEW_MIN : null;
        if (kind == null) return;
        String cite = cites(matching(name, c -> "min".equals(c.key()), parameterOf(dc.min()), parameterOf(bc.min())));
        out.add(new Reason(kind, name, null, from, to, cite));
    }

    /**
     * The article behind a bar: the change that adds (or, lifted, removes) the bar with this
     * reason; else, as a bar that is none of the class's written bars comes from its quota,
     * the change to the quota or to the parameter its share is written as.
     */
    private String barCite(ScoreSheet.Bar bar, Rubric side, boolean lifted) {
        RatingClass c = ratingClass(side, bar.ratingClass());
        if (c == null) return null;
        boolean written = c.barredIf().stream().anyMatch(x -> x.because().equals(bar.reason()));
        if (written) {
            return cites(matching(c.name(), x -> "barred-if".equals(x.key()) && bar.reason().equals(lifted ? x.before() : x.after()), null, null));
        }
        String parameter = c.quota() == null ? null : parameterOf(c.quota().percent());
        return cites(matching(c.name(), x -> "quota".equals(x.topKey()), parameter, null));
    }

    /** The changes to the class with a key that passes {@code key}, and to either parameter. */
    private List<RegulationChange> matching(String className, Predicate<RegulationChange> key, String parameter, String otherParameter) {
        List<RegulationChange> out = new ArrayList<>();
        for (RegulationChange c : changes) {
            Amendment.Target t = c.target();
            boolean onClass = t.kind() == Amendment.Kind.RATING_CLASS && className.equals(t.id()) && key.test(c);
            boolean onParameter = t.kind() == Amendment.Kind.PARAMETER && (Objects.equals(t.id(), parameter) || Objects.equals(t.id(), otherParameter));
            if (onClass || onParameter) out.add(c);
        }
        return out;
    }

    /** The distinct articles cited, in order, joined; null when none is. */
    private static String cites(List<RegulationChange> found) {
        Set<String> cites = new LinkedHashSet<>();
        for (RegulationChange c : found) if (c.cite() != null) cites.add(c.cite());
        return cites.isEmpty() ? null : String.join("; ", cites);
    }

    private static RatingClass ratingClass(Rubric r, String name) {
        for (RatingClass c : r.rating()) if (c.name().equals(name)) return c;
        return null;
    }

    private static String parameterOf(vn.rubric.dsl.model.Points p) {
        return p == null ? null : p.parameter();
    }

    private static double value(Rubric r, vn.rubric.dsl.model.Points p) {
        if (p.parameter() == null) return p.value();
        var param = r.parameters().get(p.parameter());
        return param == null ? Double.NaN : param.value();
    }
}
