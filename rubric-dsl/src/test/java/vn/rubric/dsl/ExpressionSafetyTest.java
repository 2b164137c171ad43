package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.expr.Parser;
import vn.rubric.dsl.source.SourcePos;

/** Expressions that try to reach Java are rejected by the parser, at the column of the offending text. */
class ExpressionSafetyTest {

    private static final SourcePos BASE = new SourcePos(Path.of("r.yaml"), 12, 15);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', value = {
        "Runtime.getRuntime().exec('rm') == 1 | E-EXPR-JAVA      | 7",
        "java.lang.System.exit(0)             | E-EXPR-JAVA      | 4",
        "hot_spot == none; insert(x)          | E-EXPR-JAVA      | 16",
        "getRuntime()                         | E-EXPR-FUNCTION  | 0",
        "hot_spot == 'a\\' || true'          | E-EXPR-ESCAPE    | 14",
        "a && b                               | E-EXPR-OPERATOR  | 2",
        "a = 1                                | E-EXPR-OPERATOR  | 2",
        "@{x}                                 | E-EXPR-JAVA      | 0",
        "$e.unitId == 1                       | E-EXPR-JAVA      | 0",
        "x == 1 #                             | E-EXPR-JAVA      | 7",
        "(a == 1                              | E-EXPR-EXPECTED  | 7",
        "1 < x < 3                            | E-EXPR-CHAINED   | 6",
        "x > .5                               | E-EXPR-NUMBER-DOT | 4",
    })
    void rejectsAtTheOffendingColumn(String text, String code, int offset) {
        Diagnostics d = new Diagnostics();
        assertNull(Parser.parse(text.strip(), BASE, d));
        Diagnostic first = d.all().get(0);
        assertEquals(code, first.code());
        assertEquals(12, first.pos().line());
        assertEquals(15 + offset, first.pos().column());
    }

    @Test
    void parsesTheWholeLanguage() {
        Diagnostics d = new Diagnostics();
        Expr e = Parser.parse("not (a == x or b in [1, 2]) and round(min(c, 3) * 2 / 4, 0.25) >= -1 and d not in ['p', \"q\"]", BASE, d);
        assertNotNull(e, d.all().toString());
        assertEquals(Expr.BinaryOp.AND, ((Expr.Binary) e).op());
    }

    @Test
    void andBindsTighterThanOr() {
        Diagnostics d = new Diagnostics();
        Expr.Binary e = (Expr.Binary) Parser.parse("a or b and c", BASE, d);
        assertEquals(Expr.BinaryOp.OR, e.op());
        assertEquals(Expr.BinaryOp.AND, ((Expr.Binary) e.right()).op());
    }
}
