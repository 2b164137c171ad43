package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.compile.CompiledRubric;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.expr.ValueType;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.validate.Validator;

/** Functions that plugins add to the language: checked by the resolver, written into the DRL. */
class ExpressionFunctionTest {

    static final ExpressionFunction CLAMP = new ExpressionFunction("clamp", List.of(ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER), ValueType.NUMBER,
            "function double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }");
    static final ExpressionFunction IS_NONE = new ExpressionFunction("is_none", List.of(ValueType.TEXT), ValueType.BOOLEAN,
            "function boolean is_none(String s) { return \"none\".equals(s); }");
    static final Map<String, ExpressionFunction> FUNCTIONS = Map.of("clamp", CLAMP, "is_none", IS_NONE);

    /** MINI with item 1.2 scored by a formula that calls {@code formula}. */
    static String withFormula(String formula) {
        return MINI.replace("assessed: office", "formula: " + formula);
    }

    static Rubric rubric(String yaml) {
        return RubricLoader.parse(Fixtures.FILE, yaml).rubric();
    }

    @Test
    void aContributedFunctionValidatesAndCompilesIntoTheDrl() {
        Rubric r = rubric(withFormula("clamp(office * 5, 0, 4)").replace("when: hot_spot == none", "when: is_none(hot_spot)"));
        Diagnostics d = Validator.validate(r, FUNCTIONS);
        assertFalse(d.hasErrors(), d.all().toString());
        CompiledRubric c = DrlCompiler.compile(r, FUNCTIONS);
        assertTrue(c.drl().contains("function double clamp(double x, double lo, double hi)"), c.drl());
        assertTrue(c.drl().contains("function boolean is_none(String s)"), c.drl());
        assertTrue(c.drl().contains("clamp(($office * 5), 0, 4)"), c.drl());
        assertTrue(c.drl().contains("is_none(hot_spot)"), c.drl());
    }

    @Test
    void withoutThePluginTheNameIsUnknown() {
        Rubric r = rubric(withFormula("clamp(office * 5, 0, 4)"));
        assertEquals(List.of("E-EXPR-FUNCTION"), Fixtures.codes(Validator.validate(r)));
    }

    @Test
    void argumentsAreCheckedAgainstTheDeclaredTypes() {
        assertEquals(List.of("E-TYPE-MISMATCH"), Fixtures.codes(Validator.validate(rubric(withFormula("clamp(hot_spot, 0, 4)")), FUNCTIONS)));
        assertEquals(List.of("E-EXPR-ARITY"), Fixtures.codes(Validator.validate(rubric(withFormula("clamp(office, 4)")), FUNCTIONS)));
        // a boolean function is no formula
        assertTrue(Fixtures.codes(Validator.validate(rubric(withFormula("is_none(hot_spot)")), FUNCTIONS)).contains("E-TYPE-NUMBER"));
    }

    @Test
    void onlyTheFunctionsARubricCallsAreWritten() {
        CompiledRubric c = DrlCompiler.compile(rubric(MINI), FUNCTIONS);
        assertFalse(c.drl().contains("clamp"), c.drl());
        assertEquals(DrlCompiler.compile(rubric(MINI)).drl(), c.drl());
    }

    @Test
    void aFunctionMustDeclareItselfInDrl() {
        assertThrows(IllegalArgumentException.class, () -> new ExpressionFunction("min", List.of(ValueType.NUMBER), ValueType.NUMBER, "function double min(double x) { return x; }"));
        assertThrows(IllegalArgumentException.class, () -> new ExpressionFunction("twice", List.of(ValueType.NUMBER), ValueType.NUMBER, "double twice(double x) { return 2 * x; }"));
        assertThrows(IllegalArgumentException.class, () -> new ExpressionFunction("Twice", List.of(ValueType.NUMBER), ValueType.NUMBER, "function double Twice(double x) { return 2 * x; }"));
        // a word of Java or DRL would break the generated rules
        assertThrows(IllegalArgumentException.class, () -> new ExpressionFunction("eval", List.of(ValueType.NUMBER), ValueType.NUMBER, "function double eval(double x) { return x; }"));
    }
}
