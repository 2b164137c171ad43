package vn.rubric.dsl.expr;

import java.util.stream.Collectors;
import vn.rubric.dsl.score.Points;

/**
 * An expression written back in the rubric language ({@code dialogue_held and not
 * dialogue_followup_timely}), with parameters by name and only the parentheses it needs:
 * pack.json shows other systems the conditions as the drafter wrote them, and two
 * conditions that print alike are the same condition however they were spaced.
 */
public final class ExpressionText {

    private ExpressionText() {}

    public static String of(Expr e) {
        return write(e, 0);
    }

    /** Binding strength, loosest first; a child looser than its parent gets parentheses. */
    private static int rank(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case OR -> 1;
                case AND -> 2;
                case EQ, NE, LT, LE, GT, GE -> 4;
                case ADD, SUB -> 5;
                case MUL, DIV -> 6;
            };
        }
        if (e instanceof Expr.Unary u) return u.op() == Expr.UnaryOp.NOT ? 3 : 7;
        if (e instanceof Expr.In) return 4;
        return 8;
    }

    private static String write(Expr e, int parentRank) {
        String text = text(e);
        return rank(e) < parentRank ? "(" + text + ")" : text;
    }

    private static String text(Expr e) {
        if (e instanceof Expr.Num n) return Points.format(n.value());
        if (e instanceof Expr.Str s) return "\"" + s.value().replace("\"", "\\\"") + "\"";
        if (e instanceof Expr.Bool b) return String.valueOf(b.value());
        if (e instanceof Expr.Name n) return n.name();
        if (e instanceof Expr.Field f) return f.name();
        if (e instanceof Expr.Param p) return p.name();
        if (e instanceof Expr.EnumValue v) return v.value();
        if (e instanceof Expr.Unary u) return (u.op() == Expr.UnaryOp.NOT ? "not " : "-") + write(u.operand(), rank(e));
        if (e instanceof Expr.Binary b) {
            // left-associative: a - b - c needs no parentheses, a - (b - c) does; comparisons do not chain
            int r = rank(e);
            return write(b.left(), b.op().isComparison() ? r + 1 : r) + " " + b.op().symbol + " " + write(b.right(), r + 1);
        }
        if (e instanceof Expr.In in) {
            return write(in.subject(), rank(e) + 1) + (in.negated() ? " not in [" : " in [")
                    + in.options().stream().map(o -> write(o, 0)).collect(Collectors.joining(", ")) + "]";
        }
        if (e instanceof Expr.Call c) {
            return c.function().word + "(" + c.args().stream().map(a -> write(a, 0)).collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof Expr.PluginCall c) {
            return c.name() + "(" + c.args().stream().map(a -> write(a, 0)).collect(Collectors.joining(", ")) + ")";
        }
        return "?"; // Expr.Invalid: never in a rubric that compiled
    }
}
