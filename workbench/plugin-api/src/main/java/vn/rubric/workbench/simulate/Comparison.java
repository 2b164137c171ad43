package vn.rubric.workbench.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.RegulationChanges;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;

/**
 * A draft beside the regulation in force, on the same units: each unit's old and new
 * total and class, the class transition matrix, the units that change class with the
 * regulation changes that moved them, and where points were gained and lost.
 */
public record Comparison(
        Summary base,
        Summary draft,
        List<UnitChange> units,
        Transitions transitions,
        List<ItemShift> items,
        List<CriterionShift> criteria) {

    /**
     * A unit under both regulations; {@code items} are the items whose points differ, largest
     * change first; {@code barsGained} the classes the draft bars it from that the base did not
     * (a new bar or a quota). For a unit that changes class, {@code reasons} says why in terms
     * of the regulation's changes, each with its article (empty for a unit that keeps its class).
     */
    public record UnitChange(Unit unit, double baseTotal, String baseClass, double draftTotal, String draftClass,
                             List<ItemDelta> items, List<ScoreSheet.Bar> barsGained, List<Reason> reasons) {
        public double delta() {
            return draftTotal - baseTotal;
        }

        public boolean movesClass() {
            return !baseClass.equals(draftClass);
        }
    }

    /** An item's points for one unit under each regulation; null where the item does not exist in that one. */
    public record ItemDelta(String id, String title, Double base, Double draft) {
        public double delta() {
            return (draft == null ? 0 : draft) - (base == null ? 0 : base);
        }
    }

    /** Rows: classes under the base; columns: classes under the draft; counts[row][column]. */
    public record Transitions(List<String> baseClasses, List<String> draftClasses, int[][] counts) {
        public int count(String baseClass, String draftClass) {
            int r = baseClasses.indexOf(baseClass), c = draftClasses.indexOf(draftClass);
            return r < 0 || c < 0 ? 0 : counts[r][c];
        }
    }

    /** Over all units: points gained where the draft gives more, lost where it gives less, and how many units each way. */
    public record ItemShift(String id, String title, double gained, int unitsGained, double lost, int unitsLost) {}

    public record CriterionShift(String id, String title, double gained, int unitsGained, double lost, int unitsLost) {}

    /** Pairs the sheets by unit id; a unit scored under only one of the two is left out. */
    public static Comparison of(Rubric baseRubric, List<ScoreSheet> baseSheets, Rubric draftRubric, List<ScoreSheet> draftSheets) {
        return of(baseRubric, baseSheets, draftRubric, draftSheets, RegulationChanges.between(baseRubric, draftRubric));
    }

    /** As {@link #of(Rubric, List, Rubric, List)}, with the regulation changes already listed (what the movers' reasons cite). */
    public static Comparison of(Rubric baseRubric, List<ScoreSheet> baseSheets, Rubric draftRubric, List<ScoreSheet> draftSheets,
                                List<RegulationChange> changes) {
        MoveReasons why = new MoveReasons(baseRubric, draftRubric, changes);
        Map<String, ScoreSheet> drafts = new HashMap<>();
        for (ScoreSheet s : draftSheets) drafts.put(s.unit().id(), s);
        List<Item> items = unionOfItems(baseRubric, draftRubric);
        List<UnitChange> units = new ArrayList<>();
        List<ScoreSheet> pairedBase = new ArrayList<>(), pairedDraft = new ArrayList<>();
        for (ScoreSheet b : baseSheets) {
            ScoreSheet d = drafts.get(b.unit().id());
            if (d == null) continue;
            pairedBase.add(b);
            pairedDraft.add(d);
            List<ScoreSheet.Bar> barsGained = d.barred().stream().filter(bar -> !b.barred().contains(bar)).toList();
            List<ItemDelta> deltas = itemDeltas(items, b, d);
            List<Reason> reasons = b.ratingClass().equals(d.ratingClass()) ? List.of() : why.of(b, d, deltas, barsGained);
            units.add(new UnitChange(b.unit(), b.total(), b.ratingClass(), d.total(), d.ratingClass(), deltas, barsGained, reasons));
        }
        return new Comparison(Summary.of(baseRubric, pairedBase), Summary.of(draftRubric, pairedDraft), List.copyOf(units),
                transitions(baseRubric, draftRubric, units), itemShifts(items, units), criterionShifts(baseRubric, draftRubric, pairedBase, pairedDraft));
    }

    /** The units whose class changes, those that moved furthest first. */
    public List<UnitChange> movers() {
        return units.stream().filter(UnitChange::movesClass)
                .sorted(Comparator.comparingDouble((UnitChange u) -> -Math.abs(u.delta())).thenComparing(u -> u.unit().id()))
                .toList();
    }

    private static List<Item> unionOfItems(Rubric base, Rubric draft) {
        Map<String, Item> byId = new LinkedHashMap<>();
        base.allItems().forEach(i -> byId.put(i.id(), i));
        draft.allItems().forEach(i -> byId.putIfAbsent(i.id(), i));
        return List.copyOf(byId.values());
    }

    private static List<ItemDelta> itemDeltas(List<Item> items, ScoreSheet b, ScoreSheet d) {
        List<ItemDelta> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            ScoreSheet.ItemLine bl = line(b, k, item.id()), dl = line(d, k, item.id());
            ItemDelta delta = new ItemDelta(item.id(), item.title(), bl == null ? null : bl.points(), dl == null ? null : dl.points());
            if (Math.abs(delta.delta()) > 1e-9) out.add(delta);
        }
        out.sort(Comparator.comparingDouble((ItemDelta x) -> -Math.abs(x.delta())));
        return List.copyOf(out);
    }

    /** The sheet's line for an item, looked for first where it is in the union of both rubrics' items (most are). */
    private static ScoreSheet.ItemLine line(ScoreSheet s, int k, String id) {
        if (k < s.items().size() && s.items().get(k).id().equals(id)) return s.items().get(k);
        return s.item(id);
    }

    private static Transitions transitions(Rubric base, Rubric draft, List<UnitChange> units) {
        List<String> rows = classNames(base, units.stream().map(UnitChange::baseClass).toList());
        List<String> columns = classNames(draft, units.stream().map(UnitChange::draftClass).toList());
        int[][] counts = new int[rows.size()][columns.size()];
        for (UnitChange u : units) counts[rows.indexOf(u.baseClass())][columns.indexOf(u.draftClass())]++;
        return new Transitions(rows, columns, counts);
    }

    /** The rubric's classes in order, then any class the results hold that the rubric does not list. */
    private static List<String> classNames(Rubric rubric, List<String> seen) {
        Set<String> names = new LinkedHashSet<>();
        for (RatingClass c : rubric.rating()) names.add(c.name());
        names.addAll(seen);
        return List.copyOf(names);
    }

    private static List<ItemShift> itemShifts(List<Item> items, List<UnitChange> units) {
        List<ItemShift> out = new ArrayList<>();
        for (Item item : items) {
            Shift s = new Shift();
            for (UnitChange u : units) {
                for (ItemDelta d : u.items()) if (d.id().equals(item.id())) s.add(d.delta());
            }
            out.add(new ItemShift(item.id(), item.title(), s.gained, s.unitsGained, s.lost, s.unitsLost));
        }
        return List.copyOf(out);
    }

    private static List<CriterionShift> criterionShifts(Rubric base, Rubric draft, List<ScoreSheet> bs, List<ScoreSheet> ds) {
        Map<String, String> titles = new LinkedHashMap<>();
        base.criteria().forEach(c -> titles.put(c.id(), c.title()));
        draft.criteria().forEach(c -> titles.putIfAbsent(c.id(), c.title()));
        List<CriterionShift> out = new ArrayList<>();
        titles.forEach((id, title) -> {
            Shift s = new Shift();
            for (int i = 0; i < bs.size(); i++) {
                ScoreSheet.Subtotal b = bs.get(i).criterion(id), d = ds.get(i).criterion(id);
                s.add((d == null ? 0 : d.points()) - (b == null ? 0 : b.points()));
            }
            out.add(new CriterionShift(id, title, s.gained, s.unitsGained, s.lost, s.unitsLost));
        });
        return List.copyOf(out);
    }

    /** Sums of gains and losses while walking units; local to one computation. */
    private static final class Shift {
        double gained, lost;
        int unitsGained, unitsLost;

        void add(double delta) {
            if (delta > 1e-9) {
                gained += delta;
                unitsGained++;
            } else if (delta < -1e-9) {
                lost -= delta;
                unitsLost++;
            }
        }
    }
}
