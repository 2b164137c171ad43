package vn.rubric.rules.testing;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.testcase.TestCaseWriter;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.score.Scorer;

/**
 * A unit's sheet frozen as a test case ({@code rubric score --save-test}). The unit is scored
 * on its own, as {@code rubric test} scores a case, so the case passes as saved: with a quota,
 * the class it expects is the one the unit's points give, not its place among other units.
 * {@code text} is the test file with the case added (null when it cannot be, see
 * {@code diagnostics}); nothing is written here.
 */
public record SavedCase(TestCaseWriter.Case testCase, ScoreSheet sheet, String text, Diagnostics diagnostics) {

    public static SavedCase of(RuleBase ruleBase, Unit unit, Path file, String existing, String description) {
        Scorer.Result scored = new Scorer(ruleBase).scoreWithoutPopulationRules(List.of(unit));
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(scored.problems().all());
        if (scored.sheets().isEmpty()) return new SavedCase(null, null, null, diagnostics);
        ScoreSheet sheet = scored.sheets().get(0);
        TestCaseWriter.Case c = TestCaseWriter.of(ruleBase.pack().rubric(), sheet, description);
        String text = TestCaseWriter.append(file, existing, c, ruleBase.pack().rubric(), diagnostics);
        return new SavedCase(c, sheet, text, diagnostics);
    }
}
