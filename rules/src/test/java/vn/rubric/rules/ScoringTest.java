package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

class ScoringTest {

    private static RuleBase ruleBase;

    @BeforeAll
    static void build() {
        ruleBase = MiniPack.build();
    }

    @Test
    void thousandsOfUnitsInOneSessionEachGetTheirOwnScore() {
        List<Unit> units = IntStream.range(0, 3_000).mapToObj(MiniPack::unit).toList();
        Scorer.Result r = new Scorer(ruleBase, 5_000).score(units);
        assertEquals(List.of(), r.problems().all());
        assertEquals(3_000, r.sheets().size());
        for (int i = 0; i < units.size(); i++) {
            ScoreSheet s = r.sheets().get(i);
            assertEquals("u" + i, s.unit().id());
            assertEquals(MiniPack.expectedTotal(i), s.total(), 1e-9, "total of u" + i);
            assertEquals(MiniPack.expectedClass(i), s.ratingClass(), "class of u" + i);
        }
    }

    /** Sessions of 7 units on every core: each sheet in its unit's place, and what a failed unit reports, in order. */
    @Test
    void manySessionsOnSeveralThreadsGiveTheSheetsInTheUnitsOrder() {
        List<Unit> units = IntStream.range(0, 1_000).mapToObj(MiniPack::unit).toList();
        List<Integer> progress = new java.util.ArrayList<>();
        Scorer.Result r = new Scorer(ruleBase, 7).score(units, progress::add);
        assertEquals(List.of(), r.problems().all());
        assertEquals(1_000, r.sheets().size());
        for (int i = 0; i < units.size(); i++) {
            assertEquals("u" + i, r.sheets().get(i).unit().id());
            assertEquals(MiniPack.expectedTotal(i), r.sheets().get(i).total(), 1e-9, "total of u" + i);
        }
        // progress counts up, one chunk at a time, to every unit
        assertEquals(IntStream.rangeClosed(1, 143).map(k -> Math.min(1_000, 7 * k)).boxed().toList(), progress);
    }

    /** A province's year, fewer units than a full session per core, is split so every core scores some. */
    @Test
    void fewerUnitsThanASessionPerCoreAreSplitOverTheCores() {
        List<Unit> units = IntStream.range(0, 250).mapToObj(MiniPack::unit).toList();
        List<Integer> two = new java.util.ArrayList<>(), one = new java.util.ArrayList<>();
        Scorer.Result r = new Scorer(ruleBase, 300, 2).score(units, two::add);
        new Scorer(ruleBase, 300, 1).score(units, one::add);
        assertEquals(List.of(125, 250), two);
        assertEquals(List.of(250), one);
        for (int i = 0; i < units.size(); i++) assertEquals(MiniPack.expectedTotal(i), r.sheets().get(i).total(), 1e-9, "total of u" + i);
    }

    @Test
    void aSheetExplainsEveryPoint() {
        ScoreSheet s = new Scorer(ruleBase).score(List.of(MiniPack.unit(2))).sheets().get(0);
        ScoreSheet.ItemLine hot = s.item("1.1");
        assertEquals(0, hot.points());
        assertEquals("chưa xử lý", hot.rule());
        assertEquals("unhandled", hot.read().get("hot_spot"));
        assertEquals("QĐ 1/2026", hot.citation());
        ScoreSheet.ItemLine office = s.item("1.2");
        assertEquals(0.5, office.points()); // 2/20 of 4 points = 0.4, nearest quarter 0.5
        assertEquals("mỗi cuộc đối thoại 1 điểm", s.item("2.1").rule());
        assertEquals(java.util.Map.of("dialogues", 2), s.item("2.1").read(), "a hand-written item shows the fields it declares it reads");
        assertEquals(1.0, s.deductions());
        assertEquals(0.0, s.bonus());
        assertEquals(2, s.criteria().size());
        assertNotNull(s.criterion("2"));
    }

    @Test
    void aBarSaysWhyTheTopClassWasRefused() {
        // unit 5: hot_spot unhandled; give it everything else at the top
        Unit u = MiniPack.unit(5);
        u.evidence().put("office", 1.0);
        u.evidence().put("dialogues", 3);
        u.evidence().put("cancelled", 0);
        u.evidence().put("model_recognized", true);
        u.evidence().put("hot_spot", "none");
        ScoreSheet top = new Scorer(ruleBase).score(List.of(u)).sheets().get(0);
        assertEquals("Xuất sắc", top.ratingClass());
        assertEquals(List.of(), top.barred());
        assertEquals(13, top.total(), 1e-9);

        u.evidence().put("hot_spot", "unhandled");
        ScoreSheet barred = new Scorer(ruleBase).score(List.of(u)).sheets().get(0);
        assertEquals(7, barred.total(), 1e-9);
        assertEquals("Khá", barred.ratingClass());
        assertEquals(List.of(new ScoreSheet.Bar("Xuất sắc", "Điểm nóng chưa xử lý")), barred.barred());

        u.evidence().put("office", 0.0);
        ScoreSheet low = new Scorer(ruleBase).score(List.of(u)).sheets().get(0);
        assertEquals("Yếu", low.ratingClass());
        assertTrue(low.barred().isEmpty(), "3 points never reach the top class, so no bar is reported");
    }
}
