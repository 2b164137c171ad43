package vn.rubric.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/**
 * The hand-written floor and the Drools rules are the same sheet: on generated units both
 * give the same item points, criterion subtotals, total, rating class and bars. This also
 * cross-checks the engine (compiler + Drools + Scorer) against an independent reading of
 * the rubric.
 */
class HandWrittenScorerAgreesTest {

    private static RulePack pack;
    private static RuleBase ruleBase;

    @BeforeAll
    static void build() {
        pack = SamplePack.load();
        ruleBase = SamplePack.build(pack);
    }

    @Test
    void agreesOnUnitsWithQuarterShares() {
        List<Unit> units = new UnitGenerator(pack.rubric(), UnitGenerator.DEFAULT_SEED).generate(2_000);
        Map<String, Integer> classes = compare(units);
        // the population must exercise every class, or agreeing proves little
        assertEquals(4, classes.size(), "classes seen: " + classes);
    }

    @Test
    void agreesOnUnitsWithFineSharesThatNeedRounding() {
        // shares in steps of 0.025: share × max is often not a multiple of 0.25, and
        // sometimes exactly half-way (0.125 × 1, 0.375 × 1 …), so rounding is exercised
        List<Unit> units = new UnitGenerator(pack.rubric(), 7L, 0.025).generate(2_000);
        compare(units);
    }

    @Test
    void generatorIsDeterministic() {
        List<Unit> a = new UnitGenerator(pack.rubric(), 42L).generate(50);
        List<Unit> b = new UnitGenerator(pack.rubric(), 42L).generate(50);
        for (int i = 0; i < a.size(); i++) assertEquals(a.get(i).evidence(), b.get(i).evidence());
        assertEquals(pack.rubric().evidence().keySet(), a.get(0).evidence().keySet());
    }

    /** Scores both ways, fails listing the units that disagree; returns how many units got each class. */
    private static Map<String, Integer> compare(List<Unit> units) {
        Scorer.Result drools = new Scorer(ruleBase).score(units);
        assertTrue(drools.problems().all().isEmpty(), () -> "Drools could not score: " + drools.problems().sorted());
        assertEquals(units.size(), drools.sheets().size());

        HandWrittenHungYenScorer floor = new HandWrittenHungYenScorer();
        Map<String, Integer> classes = new TreeMap<>();
        int barred = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            ScoreSheet d = drools.sheets().get(i);
            assertEquals(u.id(), d.unit().id(), "sheets come back in unit order");
            HandWrittenHungYenScorer.Sheet h = floor.score(u.evidence());
            List<String> diff = new ArrayList<>();
            if (d.total() != h.total()) diff.add("total drools=" + d.total() + " hand=" + h.total());
            if (!d.ratingClass().equals(h.ratingClass())) diff.add("class drools=" + d.ratingClass() + " hand=" + h.ratingClass());
            for (int k = 0; k < HandWrittenHungYenScorer.ITEM_IDS.size(); k++) {
                String id = HandWrittenHungYenScorer.ITEM_IDS.get(k);
                ScoreSheet.ItemLine line = d.item(id);
                if (line == null || line.points() != h.items()[k]) {
                    diff.add("item " + id + " drools=" + (line == null ? "missing" : line.points()) + " hand=" + h.items()[k]);
                }
            }
            for (int k = 0; k < HandWrittenHungYenScorer.CRITERION_IDS.size(); k++) {
                String id = HandWrittenHungYenScorer.CRITERION_IDS.get(k);
                ScoreSheet.Subtotal s = d.criterion(id);
                if (s == null || s.points() != h.criteria()[k]) {
                    diff.add("criterion " + id + " drools=" + (s == null ? "missing" : s.points()) + " hand=" + h.criteria()[k]);
                }
            }
            List<String> droolsBars = d.barred().stream().map(b -> b.ratingClass() + ": " + b.reason()).toList();
            List<String> handBars = h.barred().stream().map(r -> HandWrittenHungYenScorer.TOP + ": " + r).toList();
            if (!droolsBars.equals(handBars)) diff.add("barred drools=" + droolsBars + " hand=" + handBars);
            if (!diff.isEmpty()) disagreements.add(u.id() + " " + u.evidence() + "\n    " + String.join("\n    ", diff));
            classes.merge(h.ratingClass(), 1, Integer::sum);
            if (!h.barred().isEmpty()) barred++;
        }
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + units.size() + " units disagree; first ones:\n"
                    + String.join("\n", disagreements.subList(0, Math.min(10, disagreements.size()))));
        }
        assertTrue(barred > 0, "no unit was barred from the top class: the bars were not exercised");
        return classes;
    }
}
