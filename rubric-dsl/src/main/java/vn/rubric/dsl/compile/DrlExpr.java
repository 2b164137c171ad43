package vn.rubric.dsl.compile;

import java.util.stream.Collectors;
import vn.rubric.dsl.expr.Expr;

/**
 * Writes a resolved expression as DRL. Every piece comes from the parsed tree, never from
 * the drafter's text: names are checked identifiers, numbers are re-printed, strings are
 * re-quoted with escapes. In a pattern ({@link #constraint}) a field is written by its
 * name; on a rule's right-hand side ({@link #java}) by its binding {@code $name}.
 */
final class DrlExpr {

    private DrlExpr() {}

    static String constraint(Expr e) {
        return write(e, "");
    }

    static String java(Expr e) {
        return write(e, "$");
    }

    private static String write(Expr e, String fieldPrefix) {
        if (e instanceof Expr.Num n) return number(n.value());
        if (e instanceof Expr.Param p) return number(p.value());
        if (e instanceof Expr.Bool b) return String.valueOf(b.value());
        if (e instanceof Expr.Str s) return Drl.string(s.value());
        if (e instanceof Expr.EnumValue v) return Drl.string(v.value());
        if (e instanceof Expr.Field f) return fieldPrefix + f.name();
        if (e instanceof Expr.Unary u) {
            String x = write(u.operand(), fieldPrefix);
            return u.op() == Expr.UnaryOp.NOT ? "!(" + x + ")" : "-(" + x + ")";
        }
        if (e instanceof Expr.In in) {
            String subject = write(in.subject(), fieldPrefix);
            String any = in.options().stream()
                    .map(o -> subject + " == " + write(o, fieldPrefix))
                    .collect(Collectors.joining(" || ", "(", ")"));
            return in.negated() ? "!" + any : any;
        }
        if (e instanceof Expr.Call c) {
            String args = c.args().stream().map(a -> write(a, fieldPrefix)).collect(Collectors.joining(", "));
            return switch (c.function()) {
                case MIN -> nest("Math.min", c, fieldPrefix);
                case MAX -> nest("Math.max", c, fieldPrefix);
                case ROUND -> c.args().size() == 1 ? "rubricRound(" + args + ", 1, 0)" : "rubricRound(" + args + ", 0)";
            };
        }
        if (e instanceof Expr.PluginCall c) {
            // the name was checked against the functions in scope; their DRL declarations are emitted with the rules
            return c.name() + c.args().stream().map(a -> write(a, fieldPrefix)).collect(Collectors.joining(", ", "(", ")"));
        }
        Expr.Binary b = (Expr.Binary) e;
        String l = write(b.left(), fieldPrefix);
        String r = write(b.right(), fieldPrefix);
        return switch (b.op()) {
            case AND -> "(" + l + " && " + r + ")";
            case OR -> "(" + l + " || " + r + ")";
            case DIV -> "rubricDivide(" + l + ", " + r + ")";
            default -> "(" + l + " " + b.op().symbol + " " + r + ")";
        };
    }

    /** min/max of more than two arguments, as nested two-argument calls. */
    private static String nest(String fn, Expr.Call c, String fieldPrefix) {
        String acc = write(c.args().get(0), fieldPrefix);
        for (Expr a : c.args().subList(1, c.args().size())) acc = fn + "(" + acc + ", " + write(a, fieldPrefix) + ")";
        return acc;
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        return String.valueOf(d);
    }

    /** A top-level constraint without its outer parentheses, so a pattern reads {@code hot_spot == "none"}. */
    static String bare(Expr e) {
        return bare(e, "");
    }

    /** The same, on a pattern that reaches the fields through {@code fieldPrefix} ({@code unit.hot_spot == "none"}). */
    static String bare(Expr e, String fieldPrefix) {
        String s = write(e, fieldPrefix);
        return s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1)) ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * The negation of a top-level constraint: {@code hot_spot != "none"} for an equality (and
     * the reverse), {@code !(…)} otherwise. Not only shorter to read: Drools 10 takes a
     * constraint written {@code !(x == "v")} for the equality {@code x == "v"} when it hashes and
     * shares alpha nodes, and fails (or shares the wrong node) once another package's rule tests
     * the same field (BENCHMARKS.md, "Edit to comparison").
     */
    static String not(Expr e, String fieldPrefix) {
        if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.EQ || b.op() == Expr.BinaryOp.NE)) {
            String op = b.op() == Expr.BinaryOp.EQ ? " != " : " == ";
            return write(b.left(), fieldPrefix) + op + write(b.right(), fieldPrefix);
        }
        return "!(" + bare(e, fieldPrefix) + ")";
    }

    static String not(Expr e) {
        return not(e, "");
    }

    private static boolean balanced(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) inString = !inString;
            if (inString) continue;
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }
}
