package vn.rubric.workbench.exporters;

import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.rules.testing.TestRunner;

/**
 * What an exported pack must hold before it leaves the workbench (the rubric has no errors:
 * the caller built it): every test case of the pack passes, and, for an issued version, the
 * regulation says which decision it is, of what date, and from when it is in force. A draft
 * ({@code --draft}) need not be issued yet, but its tests must pass too.
 */
public final class IssueGate {

    /** Why a pack is not exported. */
    public enum Reason {
        /** A test file cannot be read against the rubric (the diagnostics say why). */
        TEST_FILE,
        /** A test case fails; {@code subject} names it. */
        TEST_FAILS,
        /** The regulation lacks a key of its identity; {@code subject} is the key as the rubric writes it. */
        NO_IDENTITY
    }

    public record Refusal(Reason reason, String subject) {}

    /** The refusals (none: the pack may be exported) and the tests run to decide them. */
    public record Result(List<Refusal> refusals, TestReport tests) {
        public boolean passed() {
            return refusals.isEmpty();
        }
    }

    private IssueGate() {}

    public static Result check(RuleBase ruleBase, boolean draft) {
        RulePack pack = ruleBase.pack();
        TestReport tests = TestRunner.run(ruleBase);
        List<Refusal> refusals = new ArrayList<>();
        if (tests.problems().hasErrors()) refusals.add(new Refusal(Reason.TEST_FILE, null));
        for (TestReport.CaseResult r : tests.results()) {
            if (!r.passed()) refusals.add(new Refusal(Reason.TEST_FAILS, pack.folder().relativize(r.file()) + ":" + r.testCase().pos().line() + " · " + r.testCase().name()));
        }
        if (!draft) {
            Regulation reg = pack.rubric().regulation();
            if (blank(reg.decision())) refusals.add(new Refusal(Reason.NO_IDENTITY, "decision"));
            if (blank(reg.decisionDate())) refusals.add(new Refusal(Reason.NO_IDENTITY, "decision-date"));
            if (blank(reg.effectiveFrom())) refusals.add(new Refusal(Reason.NO_IDENTITY, "effective-from"));
        }
        return new Result(List.copyOf(refusals), tests);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
