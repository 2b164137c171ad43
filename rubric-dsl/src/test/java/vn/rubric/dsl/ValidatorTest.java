package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;
import static vn.rubric.dsl.Fixtures.check;
import static vn.rubric.dsl.Fixtures.codes;
import static vn.rubric.dsl.Fixtures.lineOf;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;

class ValidatorTest {

    @Test
    void theMiniRubricIsClean() {
        assertEquals(List.of(), codes(check(MINI)));
    }

    @Test
    void brokenSumUnknownFieldAndJavaCallEachNamedAtTheirLine() {
        String broken = MINI
                .replace("max: 4\n", "max: 5\n")
                .replace("when: hot_spot == handled", "when: hotspot == handled")
                .replace("when: hot_spot == unhandled", "when: Runtime.getRuntime() == unhandled");
        Diagnostics d = check(broken);
        // in file order, all three at once
        assertEquals(List.of("E-SUM-CRITERION", "E-UNKNOWN-NAME-SUGGEST", "E-EXPR-JAVA"), codes(d), d.all().toString());
        assertEquals(lineOf(broken, "hotspot == handled"), at(d, "E-UNKNOWN-NAME-SUGGEST").pos().line());
        assertEquals(lineOf(broken, "Runtime.getRuntime()"), at(d, "E-EXPR-JAVA").pos().line());
        assertEquals(lineOf(broken, "    max: 10"), at(d, "E-SUM-CRITERION").pos().line());
        // the hint names the nearest field
        assertTrue(Messages.diagnostics(Locale.ENGLISH).render(at(d, "E-UNKNOWN-NAME-SUGGEST")).contains("did you mean \"hot_spot\""));
    }

    @Test
    void criteriaMustAddUpToTheTotal() {
        assertEquals(List.of("E-SUM-TOTAL"), codes(check(MINI.replace("total: 10", "total: 100"))));
    }

    @Test
    void aTierGapIsFoundWithAWitness() {
        Diagnostics d = check(MINI.replaceAll(" *- \\{ label: chưa xử lý, otherwise: true, points: 0 }\n", ""));
        assertEquals(List.of("E-TIER-GAP"), codes(d));
        assertTrue(at(d, "E-TIER-GAP").args().get(1).toString().contains("hot_spot = unhandled"));
    }

    @Test
    void exhaustiveEnumTiersNeedNoFallback() {
        String yaml = MINI.replace("- { label: chưa xử lý, otherwise: true, points: 0 }", "- { label: chưa xử lý, when: hot_spot == unhandled, points: 0 }");
        assertEquals(List.of(), codes(check(yaml)));
    }

    @Test
    void overlappingTiersAreAnErrorWithAWitness() {
        // quoted: inside a YAML flow mapping { ... }, brackets would start a YAML list
        String yaml = MINI.replace("when: hot_spot == handled", "when: 'hot_spot in [none, handled]'");
        Diagnostics d = check(yaml);
        assertEquals(List.of("E-TIER-OVERLAP"), codes(d));
        assertTrue(at(d, "E-TIER-OVERLAP").args().get(3).toString().contains("hot_spot = none"));
    }

    @Test
    void numericTiersBetweenCloseConstantsAreCheckedExactly() {
        String yaml = MINI
                .replace("- { label: không có, when: hot_spot == none, points: 6 }", "- { label: cao, when: office >= 0.9, points: 6 }")
                .replace("- { label: đã xử lý, when: hot_spot == handled, points: 3 }", "- { label: vừa, when: office >= 0.8 and office < 0.9, points: 3 }")
                .replace("- { label: chưa xử lý, otherwise: true, points: 0 }", "- { label: thấp, when: office < 0.75, points: 0 }");
        Diagnostics d = check(yaml);
        // 0.75 <= office < 0.8 gets no tier; 0.75 itself is the first witness
        assertEquals(List.of("E-TIER-GAP"), codes(d));
        assertEquals("office = 0.75", at(d, "E-TIER-GAP").args().get(1));
    }

    @Test
    void typeMistakesAreNamed() {
        assertEquals(List.of("E-ENUM-VALUE"), codes(check(MINI.replace("hot_spot == handled", "hot_spot == fixed"))));
        assertEquals(List.of("E-TYPE-MISMATCH"), codes(check(MINI.replace("hot_spot == handled", "hot_spot == 1"))));
        assertEquals(List.of("E-TYPE-ORDER"), codes(check(MINI.replace("hot_spot == handled", "hot_spot > handled"))));
        assertEquals(List.of("E-TYPE-CONDITION"), codes(check(MINI.replace("when: hot_spot == handled", "when: office * 2"))));
    }

    @Test
    void ratingClassesMustCoverEveryTotal() {
        String yaml = MINI.replace("  - class: Yếu\n    otherwise: true\n", "");
        assertEquals(List.of("E-RATING-GAP"), codes(check(yaml)));
    }

    @Test
    void duplicateIdsUnusedFieldsAndTierRange() {
        assertEquals(List.of("E-DUPLICATE-ID"), codes(check(MINI.replace("id: \"1.2\"", "id: \"1.1\""))));
        String unused = MINI.replace("evidence:\n", "evidence:\n  spare: { label: Dự phòng, type: count, default: 0 }\n");
        assertEquals(List.of("W-UNUSED-FIELD"), codes(check(unused)));
        assertEquals(List.of("E-TIER-RANGE"), codes(check(MINI.replace("points: 3 }", "points: 7 }"))));
    }

    @Test
    void bothBundlesHaveEveryMessage() {
        Diagnostic d = Diagnostic.error("E-SUM-TOTAL", new vn.rubric.dsl.source.SourcePos(Fixtures.FILE, 3, 1), "100", "99", 8);
        String vi = Messages.diagnostics(Messages.VIETNAMESE).render(d);
        String en = Messages.diagnostics(Locale.ENGLISH).render(d);
        assertTrue(vi.contains("các tiêu chí cộng lại được 99 điểm"), vi);
        assertTrue(en.contains("the criteria add up to 99 points"), en);
        assertTrue(vi.startsWith("rubric.yaml:3:1: lỗi E-SUM-TOTAL"), vi);
    }

    @Test
    void withDeductionsTheLastClassMustHoldTotalsBelowZero() {
        String yaml = MINI.replace("rating:", """
                deductions:
                  max: 2
                  items:
                    - { id: "D.1", title: Trừ điểm, max: 2, assessed: office }
                rating:""").replace("  - class: Yếu\n    otherwise: true", "  - class: Yếu\n    min: 0");
        assertEquals(List.of("E-RATING-GAP-DEDUCTIONS"), codes(check(yaml)));
    }

    @Test
    void aDefaultMustBeAValueTheDataCouldHold() {
        String yaml = MINI.replace("evidence:\n", "evidence:\n  calls: { label: Số cuộc, type: count, default: 1.5 }\n")
                .replace("when: hot_spot == handled", "when: hot_spot == handled and calls > 0");
        assertEquals(List.of("E-DATA-COUNT"), codes(check(yaml)));
        assertEquals(List.of("E-DATA-SHARE"), codes(check(MINI.replace("default: 1", "default: 1.5"))));
    }

    @Test
    void wordsTheResultsUseCannotBeCriterionIds() {
        assertEquals(List.of("E-CRITERION-ID-RESERVED"), codes(check(MINI.replace("- id: \"1\"", "- id: bonus"))));
    }

    @Test
    void roundingNeedsAStep() {
        assertEquals(List.of("E-ROUNDING-NO-STEP"), codes(check(MINI.replace("round-to: 0.25", "rounding: down"))));
    }

    @Test
    void aRuleFileMustBeInRules() {
        String yaml = MINI.replace("assessed: office\n        round-to: 0.25", "rule: ../elsewhere.drl\n        reads: [office]");
        assertEquals(List.of("E-RULE-FILE-PLACE"), codes(check(yaml)));
    }

    @Test
    void anEnumValueMayComeFirstInAComparison() {
        assertEquals(List.of(), codes(check(MINI.replace("when: hot_spot == handled", "when: handled == hot_spot"))));
    }

    @Test
    void anEnumValueThatShadowsAFieldIsRefused() {
        String yaml = MINI.replace("values: { none: Không xảy ra, handled: Đã xử lý, unhandled: Chưa xử lý }",
                "values: { none: Không xảy ra, handled: Đã xử lý, unhandled: Chưa xử lý, office: Văn phòng }");
        assertEquals("E-ENUM-SHADOWED", codes(check(yaml)).get(0));
    }

    private static Diagnostic at(Diagnostics d, String code) {
        return d.all().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " not in " + d.all()));
    }
}
