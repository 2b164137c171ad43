package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;
import static vn.rubric.dsl.Fixtures.check;
import static vn.rubric.dsl.Fixtures.codes;
import static vn.rubric.dsl.Fixtures.lineOf;
import static vn.rubric.dsl.Fixtures.unit;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;

/** Pick-one tiers that overlap or that no unit can reach, what an overlap costs on data, and the fixes proposed. */
class TierSafetyTest {

    /** Item 5.2 of a discipline sheet where "reproved" was meant as "not disciplined", but also fits "disciplined". */
    static final String DISCIPLINE = MINI
            .replace("  office:\n", """
                      discipline:
                        label: Kỷ luật
                        type: enum
                        values: { none: Không, reproved: Kiểm điểm, disciplined: Kỷ luật }
                      office:
                    """)
            .replace("""
                      - { label: không có, when: hot_spot == none, points: 6 }
                      - { label: đã xử lý, when: hot_spot == handled, points: 3 }
                      - { label: chưa xử lý, otherwise: true, points: 0 }
                    """.indent(8), """
                      - label: không vi phạm
                        when: discipline == none
                        points: 6
                      - label: kiểm điểm
                        when: discipline != none
                        points: 3
                      - label: kỷ luật
                        when: discipline == disciplined
                        points: 0
                    """.indent(8))
            .replace("when: hot_spot == unhandled", "when: hot_spot == unhandled or discipline == disciplined");

    /** "kiểm điểm" was meant for reproved units only, but its condition also fits disciplined units without a hot spot. */
    static final String OVERLAP = DISCIPLINE.replace("when: discipline != none", "when: discipline != none and hot_spot != unhandled")
            .replace("when: discipline == disciplined\n", "when: discipline == disciplined or (discipline == reproved and hot_spot == unhandled)\n");

    static String firstMatch(String yaml) {
        return yaml.replace("        pick-one:", "        first-match: true\n        pick-one:");
    }

    private static final Messages EN = Messages.diagnostics(Locale.ENGLISH);
    private static final Messages VI = Messages.diagnostics(Messages.VIETNAMESE);

    @Test
    void aTierThatEarlierTiersTakeWhollyIsDeadAndNamesThem() {
        Diagnostics d = check(DISCIPLINE);
        // "kỷ luật" fits only disciplined units, all of which "kiểm điểm" takes first
        assertEquals(List.of("E-TIER-DEAD"), codes(d), d.all().toString());
        Diagnostic dead = at(d, "E-TIER-DEAD");
        assertEquals(lineOf(DISCIPLINE, "- label: kỷ luật"), dead.pos().line());
        String en = EN.render(dead);
        assertTrue(en.contains("tier \"kỷ luật\" of item 1.1 is never given: every unit that fits it gets an earlier tier first (\"kiểm điểm\")"), en);
        assertTrue(en.contains("fix: remove tier \"kỷ luật\""), en);
        assertTrue(VI.render(dead).contains("mức \"kỷ luật\" của nội dung 1.1 không bao giờ được chấm"), VI.render(dead));
    }

    @Test
    void anOverlapThatLeavesTheLaterTierAliveIsAnErrorWithItsCostOnTheData() {
        List<vn.rubric.dsl.score.Unit> units = List.of(
                unit("a", "hot_spot", "none", "discipline", "disciplined", "office", 1.0),
                unit("b", "hot_spot", "handled", "discipline", "disciplined", "office", 1.0),
                unit("c", "hot_spot", "unhandled", "discipline", "disciplined", "office", 1.0),
                unit("d", "hot_spot", "unhandled", "discipline", "none", "office", 1.0));
        Diagnostics d = check(OVERLAP, units);
        assertEquals(List.of("E-TIER-OVERLAP"), codes(d), d.all().toString());
        Diagnostic o = at(d, "E-TIER-OVERLAP");
        assertTrue(o.isError());
        String en = EN.render(o);
        assertTrue(en.contains("tiers \"kiểm điểm\" and \"kỷ luật\" both hold for a unit with discipline = disciplined, hot_spot = none"), en);
        // a and b are disciplined: they fit "kỷ luật" (0 points) but get the 3 of "kiểm điểm"; c gets "kỷ luật"
        assertTrue(en.contains("in the pack data, 2 units fit \"kỷ luật\" but get the 3 points of \"kiểm điểm\", not 0"), en);
        assertTrue(VI.render(o).contains("trên dữ liệu của gói, 2 đơn vị thuộc mức \"kỷ luật\" nhận 3 điểm của mức \"kiểm điểm\" thay vì 0 điểm"), VI.render(o));
        // the fix keeps "kỷ luật" for the units only it fits
        assertTrue(en.contains("write tier \"kỷ luật\" as \"when: (discipline == disciplined or (discipline == reproved and hot_spot == unhandled)) and not (discipline != none and hot_spot != unhandled)\""), en);
        assertTrue(check(OVERLAP, List.of(units.get(3))).all().stream().anyMatch(x -> EN.render(x).contains("the one unit in the pack data does not fit both")));
    }

    @Test
    void firstMatchSaysTheOverlapIsMeantButADeadTierStaysAnError() {
        assertEquals(List.of("E-TIER-OVERLAP"), codes(check(OVERLAP)));
        assertEquals(List.of(), codes(check(firstMatch(OVERLAP))));
        // first-match does not excuse a tier no unit gets
        assertEquals(List.of("E-TIER-DEAD"), codes(check(firstMatch(DISCIPLINE))));
    }

    @Test
    void aConditionNoUnitFitsIsDead() {
        String yaml = DISCIPLINE.replace("when: discipline == disciplined\n", "when: discipline == disciplined and discipline == none\n")
                .replace("when: discipline != none", "when: discipline == reproved");
        Diagnostics d = check(yaml);
        assertEquals(List.of("E-TIER-GAP", "E-TIER-DEAD"), codes(d), d.all().toString());
        assertTrue(EN.render(at(d, "E-TIER-DEAD")).contains("no unit fits its condition (every case of discipline was tried)"), EN.render(at(d, "E-TIER-DEAD")));
    }

    @Test
    void withArithmeticTheSearchIsNoProofAndNoTierIsCalledDead() {
        String yaml = MINI.replace("- { label: đã xử lý, when: hot_spot == handled, points: 3 }",
                "- { label: đã xử lý, when: office * 2 > 3 and office * 2 < 1, points: 3 }");
        assertEquals(List.of(), codes(check(yaml)));
    }

    @Test
    void firstMatchBelongsToPickOneItems() {
        String yaml = MINI.replace("\n        assessed: office", "\n        first-match: true\n        assessed: office");
        assertEquals(List.of("E-FIRST-MATCH-PICK-ONE"), codes(check(yaml)));
    }

    @Test
    void anOverlapWhoseLaterTierCannotBeShownAliveProposesFirstMatch() {
        // arithmetic: the search cannot show that "vừa" keeps a unit of its own once "cao" is excluded
        String yaml = MINI
                .replace("- { label: không có, when: hot_spot == none, points: 6 }", "- { label: cao, when: office * 2 >= 1, points: 6 }")
                .replace("- { label: đã xử lý, when: hot_spot == handled, points: 3 }", "- { label: vừa, when: office * 4 >= 3, points: 3 }");
        Diagnostics d = check(yaml);
        assertEquals(List.of("E-TIER-OVERLAP"), codes(d), d.all().toString());
        assertNotNull(at(d, "E-TIER-OVERLAP").fix());
        assertTrue(EN.render(at(d, "E-TIER-OVERLAP")).contains("add \"first-match: true\" to item 1.1"), EN.render(at(d, "E-TIER-OVERLAP")));
    }

    static Diagnostic at(Diagnostics d, String code) {
        return d.all().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + d.all()));
    }
}
