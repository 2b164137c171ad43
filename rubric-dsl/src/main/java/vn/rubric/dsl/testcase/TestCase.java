package vn.rubric.dsl.testcase;

import java.util.List;
import java.util.Map;
import vn.rubric.dsl.source.SourcePos;

/**
 * One test case of a rubric: a unit's evidence (complete and typed, defaults applied) and
 * what the regulation should give it. Any expectation left null is not checked.
 */
public record TestCase(String name, String description, Map<String, Object> evidence, Expectation expect, SourcePos pos) {

    public record Expectation(
            Map<String, Double> items,
            Map<String, Double> criteria,
            Double bonus,
            Double deductions,
            Double total,
            String ratingClass,
            List<ExpectedBar> barred,
            SourcePos pos) {}

    /** A class the unit must be barred from; {@code because}, when given, must be the reason as written. */
    public record ExpectedBar(String ratingClass, String because) {}
}
