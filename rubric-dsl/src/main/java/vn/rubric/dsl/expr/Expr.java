package vn.rubric.dsl.expr;

import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/**
 * The rubric expression language: names, numbers, strings, comparisons, and/or/not,
 * arithmetic, {@code in [..]} and min/max/round. Nothing here can name a Java class or
 * call a method, so nothing a drafter writes can reach the engine's host language.
 *
 * <p>The parser produces {@link Name}s; {@link Resolver} turns them into {@link Field},
 * {@link Param} or {@link EnumValue} once the evidence schema is known.
 */
public sealed interface Expr {

    SourcePos pos();

    /** The expressions this one is made of, in the order written. */
    default List<Expr> children() {
        if (this instanceof Unary u) return List.of(u.operand());
        if (this instanceof Binary b) return List.of(b.left(), b.right());
        if (this instanceof In in) {
            List<Expr> all = new java.util.ArrayList<>(in.options().size() + 1);
            all.add(in.subject());
            all.addAll(in.options());
            return all;
        }
        if (this instanceof Call c) return c.args();
        if (this instanceof PluginCall c) return c.args();
        return List.of();
    }

    /** Visits {@code e} and everything it is made of, each before its parts, in the order written. */
    static void walk(Expr e, java.util.function.Consumer<Expr> visit) {
        visit.accept(e);
        for (Expr child : e.children()) walk(child, visit);
    }

    record Num(double value, SourcePos pos) implements Expr {}

    record Str(String value, SourcePos pos) implements Expr {}

    record Bool(boolean value, SourcePos pos) implements Expr {}

    /** An expression that did not parse; already reported, so later checks skip it silently. */
    record Invalid(SourcePos pos) implements Expr {}

    /** An unresolved identifier, as written. */
    record Name(String name, SourcePos pos) implements Expr {}

    /** An evidence field of the unit being scored. */
    record Field(String name, ValueType type, SourcePos pos) implements Expr {}

    /** A named parameter of the regulation; its value is fixed when the rubric is compiled. */
    record Param(String name, double value, SourcePos pos) implements Expr {}

    /** One declared value of an enumeration field, e.g. {@code handled} of {@code hot_spot}. */
    record EnumValue(String field, String value, SourcePos pos) implements Expr {}

    record Unary(UnaryOp op, Expr operand, SourcePos pos) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, SourcePos pos) implements Expr {}

    record In(Expr subject, List<Expr> options, boolean negated, SourcePos pos) implements Expr {}

    record Call(Function function, List<Expr> args, SourcePos pos) implements Expr {}

    /**
     * A call of a function that is not built in: as parsed, only a name; the {@link Resolver}
     * checks it against the {@link ExpressionFunction}s in scope (contributed by plugins).
     */
    record PluginCall(String name, List<Expr> args, SourcePos pos) implements Expr {}

    enum UnaryOp { NOT, NEGATE }

    enum BinaryOp {
        OR("or"), AND("and"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        ADD("+"), SUB("-"), MUL("*"), DIV("/");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public boolean isComparison() {
            return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal();
        }

        public boolean isArithmetic() {
            return ordinal() >= ADD.ordinal();
        }
    }

    enum Function {
        MIN("min", 2, Integer.MAX_VALUE), MAX("max", 2, Integer.MAX_VALUE), ROUND("round", 1, 2);

        public final String word;
        public final int minArgs;
        public final int maxArgs;

        Function(String word, int minArgs, int maxArgs) {
            this.word = word;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
        }

        public static Function named(String word) {
            for (Function f : values()) if (f.word.equals(word)) return f;
            return null;
        }
    }
}
