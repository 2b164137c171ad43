package vn.rubric.rules.testing;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.testcase.TestCase;
import vn.rubric.dsl.score.ScoreSheet;

/** The outcome of a pack's test cases: one result per case, and any problem reading the test files. */
public record TestReport(List<CaseResult> results, Diagnostics problems) {

    /**
     * What differs between expectation and result; empty when the case passed. {@code target}
     * is the single value that differs (an item's points, the total, the class), or null when
     * the difference is not one value (the bars, a sheet that is not complete).
     */
    public record Mismatch(String what, String expected, String actual, TestCase.Expected target) {
        public Mismatch(String what, String expected, String actual) {
            this(what, expected, actual, null);
        }
    }

    public record CaseResult(Path file, TestCase testCase, ScoreSheet sheet, List<Mismatch> mismatches) {
        public boolean passed() {
            return sheet != null && mismatches.isEmpty();
        }
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0 && !problems.hasErrors() && !results.isEmpty();
    }
}
