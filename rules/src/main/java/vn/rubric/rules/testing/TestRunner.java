package vn.rubric.rules.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.testcase.TestCase;
import vn.rubric.dsl.testcase.TestSuiteLoader;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.Points;

/**
 * Runs a pack's test cases through its rules, all in one scoring pass, and compares. An
 * amending pack's rules also run the tests of the regulation it amends ({@link #runBase}).
 */
public final class TestRunner {

    private static final double TOLERANCE = 1e-6;

    private TestRunner() {}

    public static TestReport run(RuleBase ruleBase) {
        return run(ruleBase, ruleBase.pack().testFiles());
    }

    /**
     * When the pack amends a regulation: that regulation's own test cases, run against the
     * amending pack's rules. A case they fail is one the changes move, which is what an
     * amendment is for, so the caller reports it rather than counting it a failure. Null when
     * the pack amends nothing.
     */
    public static TestReport runBase(RuleBase ruleBase) {
        Amendment amendment = ruleBase.pack().rubric().amendment();
        if (amendment == null) return null;
        // the base's rubric.yaml as the loader gives it; a relative path that is not found as it is, is read from the pack's folder
        Path baseFile = amendment.baseFile();
        if (!baseFile.isAbsolute() && !Files.exists(baseFile)) baseFile = ruleBase.pack().folder().resolve(baseFile);
        Path base = baseFile.toAbsolutePath().normalize().getParent();
        Diagnostics problems = new Diagnostics();
        List<Path> files = testFiles(base.resolve(RulePack.TESTS_FOLDER), problems);
        TestReport report = run(ruleBase, files);
        problems.addAll(report.problems().all());
        return new TestReport(report.results(), problems);
    }

    /** The test files of {@code files}, scored by {@code ruleBase}; their cases are read against its rubric. */
    public static TestReport run(RuleBase ruleBase, List<Path> testFiles) {
        Diagnostics problems = new Diagnostics();
        List<Path> files = new ArrayList<>();
        List<TestCase> cases = new ArrayList<>();
        List<Unit> alone = new ArrayList<>();
        List<List<Unit>> populations = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (Path file : testFiles) {
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
            number(out, TestCase.Expected.item(id), expected, s, line == null ? "" : " (" + line.rule() + ")");
        });
        e.criteria().forEach((id, expected) -> number(out, TestCase.Expected.criterion(id), expected, s, ""));
        if (e.bonus() != null) number(out, TestCase.Expected.BONUS, e.bonus(), s, "");
        if (e.deductions() != null) number(out, TestCase.Expected.DEDUCTIONS, e.deductions(), s, "");
        if (e.total() != null) number(out, TestCase.Expected.TOTAL, e.total(), s, "");
        if (e.ratingClass() != null && !e.ratingClass().equals(s.ratingClass())) {
            out.add(new TestReport.Mismatch("class", e.ratingClass(), s.ratingClass(), TestCase.Expected.CLASS));
        }
        if (e.barred() != null && !barsMatch(e.barred(), s.barred())) {
            out.add(new TestReport.Mismatch("barred", show(e.barred()), s.barred().stream()
                    .map(b -> b.ratingClass() + " (" + b.reason() + ")").toList().toString()));
        }
        return out;
    }

    /**
     * What the sheet gives for one expected value: points as a Double, the class as a String;
     * null when the sheet has no such value (an item the rubric does not have).
     */
    public static Object actual(TestCase.Expected what, ScoreSheet s) {
        return switch (what.kind()) {
            case ITEM -> {
                ScoreSheet.ItemLine line = s.item(what.id());
                yield line == null ? null : line.points();
            }
            case CRITERION -> {
                ScoreSheet.Subtotal sub = s.criterion(what.id());
                yield sub == null ? null : sub.points();
            }
            case BONUS -> s.bonus();
            case DEDUCTIONS -> s.deductions();
            case TOTAL -> s.total();
            case CLASS -> s.ratingClass();
        };
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

    private static void number(List<TestReport.Mismatch> out, TestCase.Expected what, double expected, ScoreSheet s, String note) {
        Double actual = (Double) actual(what, s);
        if (actual == null || Math.abs(expected - actual) > TOLERANCE) {
            out.add(new TestReport.Mismatch(what.toString(), Points.format(expected), actual == null ? "none" : Points.format(actual) + note, what));
        }
    }

    /** The .yaml files of a tests folder, sorted by name; none when the folder is absent. */
    private static List<Path> testFiles(Path folder, Diagnostics problems) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(folder), folder, e.getMessage()));
            return List.of();
        }
    }
}
