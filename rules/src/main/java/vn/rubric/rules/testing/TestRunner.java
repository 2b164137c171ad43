package vn.rubric.rules.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.testcase.TestCase;
import vn.rubric.dsl.testcase.TestSuiteLoader;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.Points;

/** Runs a pack's test cases through its rules, all in one scoring pass, and compares. */
public final class TestRunner {

    private static final double TOLERANCE = 1e-6;

    private TestRunner() {}

    public static TestReport run(RuleBase ruleBase) {
        Diagnostics problems = new Diagnostics();
        List<Path> files = new ArrayList<>();
        List<TestCase> cases = new ArrayList<>();
        List<Unit> alone = new ArrayList<>();
        List<List<Unit>> populations = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (Path file : ruleBase.pack().testFiles()) {
            TestSuiteLoader.TestSuite suite = TestSuiteLoader.load(file, ruleBase.pack().rubric(), problems);
            List<Unit> together = new ArrayList<>();
            for (TestCase c : suite.cases()) {
                files.add(file);
                cases.add(c);
                // a test unit's id says where its case is written, which is what a message about it should name
                Unit u = new Unit(file.getFileName() + ":" + c.pos().line(), c.name(), c.evidence(), c.pos());
                units.add(u);
                (suite.scoredTogether() ? together : alone).add(u);
            }
            if (!together.isEmpty()) populations.add(together);
        }
        Scorer scorer = new Scorer(ruleBase);
        // a case is one unit, not a population: quotas apply only to the cases of a file scored together
        List<Scorer.Result> scored = new ArrayList<>();
        scored.add(scorer.scoreWithoutPopulationRules(alone));
        for (List<Unit> population : populations) scored.add(scorer.score(population));
        Map<String, ScoreSheet> byUnit = new java.util.HashMap<>();
        for (Scorer.Result r : scored) {
            problems.addAll(r.problems().all());
            r.sheets().forEach(s -> byUnit.put(s.unit().id(), s));
        }
        List<TestReport.CaseResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ScoreSheet sheet = byUnit.get(units.get(i).id());
            List<TestReport.Mismatch> mismatches = sheet == null ? List.of(new TestReport.Mismatch("score", "a complete sheet", "incomplete"))
                    : compare(cases.get(i).expect(), sheet);
            results.add(new TestReport.CaseResult(files.get(i), cases.get(i), sheet, mismatches));
        }
        return new TestReport(results, problems);
    }

    static List<TestReport.Mismatch> compare(TestCase.Expectation e, ScoreSheet s) {
        List<TestReport.Mismatch> out = new ArrayList<>();
        e.items().forEach((id, expected) -> {
            ScoreSheet.ItemLine line = s.item(id);
            number(out, "item " + id, expected, line == null ? null : line.points(),
                    line == null ? "" : " (" + line.rule() + ")");
        });
        e.criteria().forEach((id, expected) -> {
            ScoreSheet.Subtotal sub = s.criterion(id);
            number(out, "criterion " + id, expected, sub == null ? null : sub.points(), "");
        });
        if (e.bonus() != null) number(out, "bonus", e.bonus(), s.bonus(), "");
        if (e.deductions() != null) number(out, "deductions", e.deductions(), s.deductions(), "");
        if (e.total() != null) number(out, "total", e.total(), s.total(), "");
        if (e.ratingClass() != null && !e.ratingClass().equals(s.ratingClass())) {
            out.add(new TestReport.Mismatch("class", e.ratingClass(), s.ratingClass()));
        }
        if (e.barred() != null && !barsMatch(e.barred(), s.barred())) {
            out.add(new TestReport.Mismatch("barred", show(e.barred()), s.barred().stream()
                    .map(b -> b.ratingClass() + " (" + b.reason() + ")").toList().toString()));
        }
        return out;
    }

    /**
     * Every expected bar is matched by its own actual bar (same class, and same reason when the
     * test gives one), and there are no others. A class barred for two reasons is two bars.
     */
    static boolean barsMatch(List<TestCase.ExpectedBar> expected, List<ScoreSheet.Bar> actual) {
        if (expected.size() != actual.size()) return false;
        List<ScoreSheet.Bar> left = new ArrayList<>(actual);
        // bars with a reason first, so a reason-less expectation cannot take the bar a reasoned one needs
        List<TestCase.ExpectedBar> ordered = new ArrayList<>(expected);
        ordered.sort(java.util.Comparator.comparing(b -> b.because() == null));
        for (TestCase.ExpectedBar e : ordered) {
            ScoreSheet.Bar match = left.stream()
                    .filter(a -> a.ratingClass().equals(e.ratingClass()) && (e.because() == null || e.because().equals(a.reason())))
                    .findFirst().orElse(null);
            if (match == null) return false;
            left.remove(match);
        }
        return true;
    }

    private static String show(List<TestCase.ExpectedBar> bars) {
        return bars.stream().map(b -> b.because() == null ? b.ratingClass() : b.ratingClass() + " (" + b.because() + ")").toList().toString();
    }

    private static void number(List<TestReport.Mismatch> out, String what, double expected, Double actual, String note) {
        if (actual == null || Math.abs(expected - actual) > TOLERANCE) {
            out.add(new TestReport.Mismatch(what, Points.format(expected), actual == null ? "none" : Points.format(actual) + note));
        }
    }
}
