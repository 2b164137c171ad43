package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/**
 * Quotas on rating classes, applied by the population rules to all units scored together:
 * who keeps a capped class (by total, then the tie-break, never the order of the data), who
 * falls and why, and a fall that fills the next class's quota in turn.
 */
class QuotaTest {

    static RuleBase ruleBase;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rubric.yaml"), """
                regulation: { id: quota-test, title: Hạn mức, cite: Điều 1, total: 10 }
                evidence:
                  p: { label: Điểm phần một, type: number }
                  k: { label: Có mô hình, type: boolean }
                  bad: { label: Có vi phạm, type: boolean, default: false }
                criteria:
                  - id: "1"
                    title: Một
                    max: 8
                    items:
                      - { id: "1.1", title: Phần một, max: 8, formula: p }
                  - id: "2"
                    title: Hai
                    max: 2
                    items:
                      - id: "2.1"
                        title: Mô hình
                        max: 2
                        pick-one:
                          - { label: có, when: k, points: 2 }
                          - { label: không, otherwise: true, points: 0 }
                rating:
                  - class: A
                    min: 8
                    barred-if:
                      - { when: bad, because: Có vi phạm }
                    quota: { at-most-percent: 25, tie-break: ["2"], because: A không quá 25% }
                  - class: B
                    min: 5
                    quota: { at-most-percent: 50 }
                  - class: C
                    otherwise: true
                """);
        PackLoader.Result loaded = PackLoader.load(dir);
        if (!loaded.ok()) throw new AssertionError(loaded.diagnostics().all());
        RuleBase.Result built = RuleBase.build(loaded.pack());
        if (built.ruleBase() == null) throw new AssertionError(built.diagnostics().all());
        ruleBase = built.ruleBase();
    }

    /** Eight units: 2 places in A (25%), 4 in B (50%). */
    static List<Unit> population() {
        return List.of(
                unit("u1", 8, true, false),    // 10 → A
                unit("u2", 8, false, false),   // 8, criterion 2 = 0: third in A → B
                unit("u3", 6, true, false),    // 8, criterion 2 = 2: second in A
                unit("u4", 8, true, true),     // 10 but barred from A → B, not ranked in A
                unit("u5", 7, false, false),   // 7 → B
                unit("u6", 6, false, false),   // 6 → B
                unit("u7", 5, false, false),   // 5 → B, fifth once u2 falls into B → C
                unit("u8", 1, false, false));  // 1 → C
    }

    static Unit unit(String id, double p, boolean k, boolean bad) {
        return new Unit(id, "Đơn vị " + id, Map.of("p", p, "k", k, "bad", bad), null);
    }

    static Map<String, ScoreSheet> byId(Scorer.Result r) {
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return r.sheets().stream().collect(Collectors.toMap(s -> s.unit().id(), Function.identity()));
    }

    @Test
    void theQuotaKeepsTheFirstPlacesAndTheFallFillsTheNextQuota() {
        Map<String, ScoreSheet> s = byId(new Scorer(ruleBase).score(population()));
        Map<String, String> classes = s.values().stream().collect(Collectors.toMap(x -> x.unit().id(), ScoreSheet::ratingClass));
        assertEquals(Map.of("u1", "A", "u3", "A", "u2", "B", "u4", "B", "u5", "B", "u6", "B", "u7", "C", "u8", "C"), classes);
    }

    @Test
    void eachUnitMovedDownIsToldWhyAndItsPlace() {
        Map<String, ScoreSheet> s = byId(new Scorer(ruleBase).score(population()));
        assertEquals(List.of(new ScoreSheet.Bar("A", "A không quá 25% (thứ 3/3, chỉ 2 đơn vị được xếp)")), s.get("u2").barred());
        assertEquals(List.of(new ScoreSheet.Bar("B", "Vượt hạn mức 50% số đơn vị được xếp loại B (thứ 5/5, chỉ 4 đơn vị được xếp)")),
                s.get("u7").barred());
        // barred by its own evidence, never ranked against the quota
        assertEquals(List.of(new ScoreSheet.Bar("A", "Có vi phạm")), s.get("u4").barred());
        assertTrue(s.get("u1").barred().isEmpty());
    }

    @Test
    void theOrderOfTheDataDoesNotMatter() {
        List<Unit> shuffled = new ArrayList<>(population());
        Collections.shuffle(shuffled, new Random(7));
        Map<String, String> a = classes(new Scorer(ruleBase).score(population()));
        Map<String, String> b = classes(new Scorer(ruleBase, 3).score(shuffled));   // also across sessions of 3 units
        assertEquals(a, b);
    }

    @Test
    void withoutPopulationRulesEachUnitKeepsTheClassItsPointsGive() {
        Map<String, String> classes = classes(new Scorer(ruleBase).scoreWithoutPopulationRules(population()));
        assertEquals("A", classes.get("u2"));
        assertEquals("B", classes.get("u7"));
        assertEquals("B", classes.get("u4"));
    }

    @Test
    void aPopulationWithinTheQuotaIsUntouched() {
        // 2 units: 25% of 2 is 0 places in A, so even the best falls; 50% of 2 is 1 place in B
        Map<String, ScoreSheet> s = byId(new Scorer(ruleBase).score(List.of(unit("u1", 8, true, false), unit("u8", 1, false, false))));
        assertEquals("B", s.get("u1").ratingClass());
        assertEquals("C", s.get("u8").ratingClass());
        Map<String, ScoreSheet> four = byId(new Scorer(ruleBase).score(List.of(unit("u1", 8, true, false), unit("u5", 7, false, false),
                unit("u6", 6, false, false), unit("u8", 1, false, false))));
        assertEquals("A", four.get("u1").ratingClass());
        assertEquals("B", four.get("u5").ratingClass());
        assertEquals("B", four.get("u6").ratingClass());
    }

    @Test
    void oneSessionOfAllUnitsAppliesTheQuotasByTheRulesAloneAsTheTwoStepsDo() {
        // the one session: units and a Population in, one fireAllRules, no loop of the caller's
        Map<String, ScoreSheet> alone = byId(new Scorer(ruleBase).scoreInOneSession(population()));
        Map<String, ScoreSheet> twoSteps = byId(new Scorer(ruleBase, 3).score(population()));
        assertEquals(twoSteps, alone);
        assertEquals("B", alone.get("u2").ratingClass());
        assertEquals(List.of(new ScoreSheet.Bar("B", "Vượt hạn mức 50% số đơn vị được xếp loại B (thứ 5/5, chỉ 4 đơn vị được xếp)")),
                alone.get("u7").barred());
    }

    @Test
    void bothPathsAgreeOnManyPopulationsWhereBothQuotasExclude() {
        Random random = new Random(12);
        for (int round = 0; round < 20; round++) {
            List<Unit> units = new ArrayList<>();
            int n = 5 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                units.add(unit("u" + i, Math.round(random.nextDouble() * 16) / 2.0, random.nextBoolean(), random.nextInt(6) == 0));
            }
            assertEquals(byId(new Scorer(ruleBase, 7).score(units)), byId(new Scorer(ruleBase).scoreInOneSession(units)), "population " + round);
        }
    }

    @Test
    void scoredIndividuallyAUnitKeepsItsClassWithTheQuotaPending() {
        Map<String, ScoreSheet> s = byId(new Scorer(ruleBase).score(List.of(unit("u1", 8, true, false)), vn.rubric.rules.score.ScoringMode.INDIVIDUAL, done -> { }));
        // one unit alone: never lowered by a population of one (25% of 1 is 0 places)
        assertEquals("A", s.get("u1").ratingClass());
        assertEquals("A", s.get("u1").quotaPending());
        assertTrue(s.get("u1").barred().isEmpty());
        Map<String, ScoreSheet> all = byId(new Scorer(ruleBase).scoreIndividually(population(), done -> { }));
        assertEquals("B", all.get("u7").quotaPending());
        assertEquals(null, all.get("u8").quotaPending(), "C has no quota");
        assertEquals(null, byId(new Scorer(ruleBase).score(population())).get("u1").quotaPending(), "in a population no quota is pending");
    }

    private static Map<String, String> classes(Scorer.Result r) {
        return byId(r).values().stream().collect(Collectors.toMap(x -> x.unit().id(), ScoreSheet::ratingClass));
    }
}
