package vn.rubric.dsl.testcase;

import java.util.List;
import java.util.Map;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;

/**
 * One test case of a rubric: a unit's evidence (complete and typed, defaults applied) and
 * what the regulation should give it. Any expectation left null is not checked.
 */
public record TestCase(String name, String description, Map<String, Object> evidence, Expectation expect, SourcePos pos) {

    /**
     * What the case expects. {@code written} holds each single expected value (points, total,
     * class) as the scalar it was written as, with its position, so that a value the rules
     * have moved can be rewritten in place ({@code rubric test --update}).
     */
    public record Expectation(
            Map<String, Double> items,
            Map<String, Double> criteria,
            Double bonus,
            Double deductions,
            Double total,
            String ratingClass,
            List<ExpectedBar> barred,
            Map<Expected, YamlNode.Scalar> written,
            SourcePos pos) {}

    /** A class the unit must be barred from; {@code because}, when given, must be the reason as written. */
    public record ExpectedBar(String ratingClass, String because) {}

    /** One single value a case can expect: an item's or a criterion's points ({@code id}), bonus, deductions, total or class. */
    public record Expected(Kind kind, String id) {
        public enum Kind { ITEM, CRITERION, BONUS, DEDUCTIONS, TOTAL, CLASS }

        public static final Expected BONUS = new Expected(Kind.BONUS, null);
        public static final Expected DEDUCTIONS = new Expected(Kind.DEDUCTIONS, null);
        public static final Expected TOTAL = new Expected(Kind.TOTAL, null);
        public static final Expected CLASS = new Expected(Kind.CLASS, null);

        public static Expected item(String id) {
            return new Expected(Kind.ITEM, id);
        }

        public static Expected criterion(String id) {
            return new Expected(Kind.CRITERION, id);
        }

        /** As test output names it: "item 5.2", "criterion 4", "total", "class". */
        @Override
        public String toString() {
            return switch (kind) {
                case ITEM -> "item " + id;
                case CRITERION -> "criterion " + id;
                default -> kind.name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }
}
