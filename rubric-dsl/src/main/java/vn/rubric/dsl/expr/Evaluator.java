package vn.rubric.dsl.expr;

import java.util.Map;

/**
 * Evaluates a resolved expression over one unit's evidence (field name to Double,
 * Boolean or String). The validator uses it to search for tiers that overlap or leave a
 * gap; scoring itself runs in the compiled rules.
 */
public final class Evaluator {

    private Evaluator() {}

    public static Object eval(Expr e, Map<String, Object> evidence) {
        if (e instanceof Expr.Num n) return n.value();
        if (e instanceof Expr.Bool b) return b.value();
        if (e instanceof Expr.Str s) return s.value();
        if (e instanceof Expr.Param p) return p.value();
        if (e instanceof Expr.EnumValue v) return v.value();
        if (e instanceof Expr.Field f) {
            Object v = evidence.get(f.name());
            return v instanceof Number n ? (Object) n.doubleValue() : v;
        }
        if (e instanceof Expr.Unary u) {
            Object x = eval(u.operand(), evidence);
            return u.op() == Expr.UnaryOp.NOT ? (Object) !(Boolean) x : (Object) (-(Double) x);
        }
        if (e instanceof Expr.In in) {
            Object s = eval(in.subject(), evidence);
            boolean found = in.options().stream().anyMatch(o -> s.equals(eval(o, evidence)));
            return found != in.negated();
        }
        if (e instanceof Expr.PluginCall c) {
            // a plugin function exists only as DRL: callers check for calls before evaluating (see TierAnalysis)
            throw new IllegalArgumentException("cannot evaluate " + c.name() + "(...) outside Drools");
        }
        if (e instanceof Expr.Call c) {
            double a = (Double) eval(c.args().get(0), evidence);
            switch (c.function()) {
                case ROUND -> {
                    double step = c.args().size() > 1 ? (Double) eval(c.args().get(1), evidence) : 1.0;
                    return new vn.rubric.dsl.model.Rounding(step, vn.rubric.dsl.model.Rounding.Mode.NEAREST).apply(a);
                }
                case MIN, MAX -> {
                    for (Expr arg : c.args().subList(1, c.args().size())) {
                        double b = (Double) eval(arg, evidence);
                        a = c.function() == Expr.Function.MIN ? Math.min(a, b) : Math.max(a, b);
                    }
                    return a;
                }
                default -> throw new IllegalStateException(c.function().name());
            }
        }
        Expr.Binary b = (Expr.Binary) e;
        switch (b.op()) {
            case AND -> { return (Boolean) eval(b.left(), evidence) && (Boolean) eval(b.right(), evidence); }
            case OR -> { return (Boolean) eval(b.left(), evidence) || (Boolean) eval(b.right(), evidence); }
            case EQ -> { return eval(b.left(), evidence).equals(eval(b.right(), evidence)); }
            case NE -> { return !eval(b.left(), evidence).equals(eval(b.right(), evidence)); }
            default -> { }
        }
        double l = (Double) eval(b.left(), evidence);
        double r = (Double) eval(b.right(), evidence);
        return switch (b.op()) {
            case LT -> l < r;
            case LE -> l <= r;
            case GT -> l > r;
            case GE -> l >= r;
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> r == 0 ? 0.0 : l / r;
            default -> throw new IllegalStateException(b.op().name());
        };
    }
}
