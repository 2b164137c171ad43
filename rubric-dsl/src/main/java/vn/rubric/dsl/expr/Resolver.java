package vn.rubric.dsl.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.expr.Expr.BinaryOp;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.util.Names;

/**
 * Resolves names against a {@link Scope} and checks types. A bare name next to an
 * enumeration field is read as one of that field's values ({@code hot_spot == handled}).
 * Returns null (and reports) when the expression is wrong.
 */
public final class Resolver {

    public record Typed(Expr expr, ValueType type) {}

    private final Scope scope;
    private final Diagnostics diagnostics;
    private boolean failed;

    private Resolver(Scope scope, Diagnostics diagnostics) {
        this.scope = scope;
        this.diagnostics = diagnostics;
    }

    public static Typed resolve(Expr e, Scope scope, Diagnostics diagnostics) {
        Resolver r = new Resolver(scope, diagnostics);
        Typed t = r.visit(e, null);
        return r.failed ? null : t;
    }

    /** Resolves and requires {@code expected}; reports a mismatch at the expression. */
    public static Typed resolve(Expr e, Scope scope, ValueType expected, Diagnostics diagnostics) {
        Typed t = resolve(e, scope, diagnostics);
        if (t == null) return null;
        if (!t.type().kind().equals(expected.kind())) {
            diagnostics.add(Diagnostic.error(expected.kind() == ValueType.Kind.BOOLEAN ? "E-TYPE-CONDITION" : "E-TYPE-NUMBER",
                    e.pos(), describe(t.type())));
            return null;
        }
        return t;
    }

    /** The evidence fields an (already resolved) expression reads, in first-use order. */
    public static List<String> fieldsRead(Expr e) {
        List<String> out = new ArrayList<>();
        Expr.walk(e, x -> {
            if (x instanceof Expr.Field f && !out.contains(f.name())) out.add(f.name());
        });
        return out;
    }

    /** The plugin functions an (already resolved) expression calls, in first-use order. */
    public static List<String> pluginFunctionsCalled(Expr e) {
        List<String> out = new ArrayList<>();
        Expr.walk(e, x -> {
            if (x instanceof Expr.PluginCall c && !out.contains(c.name())) out.add(c.name());
        });
        return out;
    }

    /** {@code context}: the enum type a bare name should be read as a value of, or null. */
    private Typed visit(Expr e, ValueType context) {
        if (e instanceof Expr.Invalid) {
            failed = true;
            return null;
        }
        if (e instanceof Expr.Num) return new Typed(e, ValueType.NUMBER);
        if (e instanceof Expr.Bool) return new Typed(e, ValueType.BOOLEAN);
        if (e instanceof Expr.Str s) return string(s, context);
        if (e instanceof Expr.Name n) return name(n, context);
        if (e instanceof Expr.Field f) return new Typed(f, f.type());
        if (e instanceof Expr.Param) return new Typed(e, ValueType.NUMBER);
        if (e instanceof Expr.EnumValue v) return new Typed(v, ValueType.enumOf(v.field()));
        if (e instanceof Expr.Unary u) return unary(u);
        if (e instanceof Expr.Binary b) return binary(b);
        if (e instanceof Expr.In in) return in(in);
        if (e instanceof Expr.PluginCall c) return pluginCall(c);
        return call((Expr.Call) e);
    }

    private Typed string(Expr.Str s, ValueType context) {
        if (context != null && context.kind() == ValueType.Kind.ENUM) return enumValue(s.value(), s, context);
        return new Typed(s, ValueType.TEXT);
    }

    private Typed name(Expr.Name n, ValueType context) {
        EvidenceField f = scope.fields().get(n.name());
        if (f != null) return new Typed(new Expr.Field(f.name(), f.valueType(), n.pos()), f.valueType());
        Parameter p = scope.parameters().get(n.name());
        if (p != null) return new Typed(new Expr.Param(p.name(), p.value(), n.pos()), ValueType.NUMBER);
        if (context != null && context.kind() == ValueType.Kind.ENUM) return enumValue(n.name(), n, context);
        Collection<String> known = Stream.concat(scope.fields().keySet().stream(), scope.parameters().keySet().stream()).toList();
        String suggestion = Names.closest(n.name(), known);
        if (!n.name().equals(n.name().toLowerCase())) {
            return fail(Diagnostic.error("E-EXPR-JAVA-NAME", n.pos(), n.name()));
        }
        return fail(suggestion == null
                ? Diagnostic.error("E-UNKNOWN-NAME", n.pos(), n.name())
                : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", n.pos(), n.name(), suggestion).withFix(
                        vn.rubric.dsl.diag.Fix.of("did-you-mean", List.of(vn.rubric.dsl.diag.Edit.replace(n.pos(), n.name(), suggestion)), suggestion)));
    }

    private Typed enumValue(String value, Expr at, ValueType context) {
        EvidenceField f = scope.fields().get(context.enumField());
        if (!f.values().containsKey(value)) {
            return fail(Diagnostic.error("E-ENUM-VALUE", at.pos(), value, f.name(), String.join(", ", f.values().keySet())));
        }
        return new Typed(new Expr.EnumValue(f.name(), value, at.pos()), context);
    }

    private Typed unary(Expr.Unary u) {
        Typed x = visit(u.operand(), null);
        if (x == null) return null;
        ValueType want = u.op() == Expr.UnaryOp.NOT ? ValueType.BOOLEAN : ValueType.NUMBER;
        if (!x.type().equals(want)) return mismatch(u, u.op() == Expr.UnaryOp.NOT ? "not" : "-", x.type(), want);
        return new Typed(new Expr.Unary(u.op(), x.expr(), u.pos()), want);
    }

    private Typed binary(Expr.Binary b) {
        if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
            Typed l = visit(b.left(), null);
            Typed r = visit(b.right(), null);
            if (l == null || r == null) return null;
            if (!l.type().equals(ValueType.BOOLEAN)) return mismatch(b.left(), b.op().symbol, l.type(), ValueType.BOOLEAN);
            if (!r.type().equals(ValueType.BOOLEAN)) return mismatch(b.right(), b.op().symbol, r.type(), ValueType.BOOLEAN);
            return new Typed(new Expr.Binary(b.op(), l.expr(), r.expr(), b.pos()), ValueType.BOOLEAN);
        }
        if (b.op().isArithmetic()) {
            Typed l = visit(b.left(), null);
            Typed r = visit(b.right(), null);
            if (l == null || r == null) return null;
            if (!l.type().equals(ValueType.NUMBER)) return mismatch(b.left(), b.op().symbol, l.type(), ValueType.NUMBER);
            if (!r.type().equals(ValueType.NUMBER)) return mismatch(b.right(), b.op().symbol, r.type(), ValueType.NUMBER);
            return new Typed(new Expr.Binary(b.op(), l.expr(), r.expr(), b.pos()), ValueType.NUMBER);
        }
        // comparison: resolve the side that names a field first, so a bare enum value on either side is understood
        // (when both sides are unknown names, the left one is reported: it is most likely the misspelt field)
        boolean valueFirst = b.left() instanceof Expr.Name n && !isKnown(n.name())
                && !(b.right() instanceof Expr.Name m && !isKnown(m.name()));
        Typed r = valueFirst ? visit(b.right(), null) : null;
        if (valueFirst && r == null) return null;
        Typed l = visit(b.left(), r != null && r.type().kind() == ValueType.Kind.ENUM ? r.type() : null);
        if (l == null) return null;
        if (r == null) r = visit(b.right(), l.type().kind() == ValueType.Kind.ENUM ? l.type() : null);
        if (r == null) return null;
        if (l.expr() instanceof Expr.Str && r.type().kind() == ValueType.Kind.ENUM) {
            l = enumValue(((Expr.Str) l.expr()).value(), l.expr(), r.type());
            if (l == null) return null;
        }
        if (!l.type().equals(r.type())) return mismatch(b, b.op().symbol, l.type(), r.type());
        boolean ordered = b.op() != BinaryOp.EQ && b.op() != BinaryOp.NE;
        if (ordered && !l.type().equals(ValueType.NUMBER)) {
            return fail(Diagnostic.error("E-TYPE-ORDER", b.pos(), b.op().symbol, describe(l.type())));
        }
        return new Typed(new Expr.Binary(b.op(), l.expr(), r.expr(), b.pos()), ValueType.BOOLEAN);
    }

    private boolean isKnown(String name) {
        return scope.fields().containsKey(name) || scope.parameters().containsKey(name);
    }

    private Typed in(Expr.In in) {
        Typed s = visit(in.subject(), null);
        if (s == null) return null;
        List<Expr> options = new ArrayList<>();
        for (Expr o : in.options()) {
            Typed t = visit(o, s.type().kind() == ValueType.Kind.ENUM ? s.type() : null);
            if (t == null) return null;
            if (!t.type().equals(s.type())) return mismatch(o, "in", t.type(), s.type());
            options.add(t.expr());
        }
        return new Typed(new Expr.In(s.expr(), List.copyOf(options), in.negated(), in.pos()), ValueType.BOOLEAN);
    }

    private Typed call(Expr.Call c) {
        List<Expr> args = new ArrayList<>();
        for (Expr a : c.args()) {
            Typed t = visit(a, null);
            if (t == null) return null;
            if (!t.type().equals(ValueType.NUMBER)) return mismatch(a, c.function().word, t.type(), ValueType.NUMBER);
            args.add(t.expr());
        }
        return new Typed(new Expr.Call(c.function(), List.copyOf(args), c.pos()), ValueType.NUMBER);
    }

    private Typed pluginCall(Expr.PluginCall c) {
        ExpressionFunction f = scope.functions().get(c.name());
        if (f == null) return fail(Diagnostic.error("E-EXPR-FUNCTION", c.pos(), c.name()));
        if (c.args().size() != f.parameters().size()) return fail(Diagnostic.error("E-EXPR-ARITY", c.pos(), c.name(), c.args().size()));
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            Expr a = c.args().get(i);
            Typed t = visit(a, null);
            if (t == null) return null;
            ValueType want = f.parameters().get(i);
            if (!ExpressionFunction.accepts(want, t.type())) return mismatch(a, c.name(), t.type(), want);
            args.add(t.expr());
        }
        return new Typed(new Expr.PluginCall(c.name(), List.copyOf(args), c.pos()), f.returns());
    }

    private Typed mismatch(Expr at, String op, ValueType found, ValueType expected) {
        return fail(Diagnostic.error("E-TYPE-MISMATCH", at.pos(), op, describe(found), describe(expected)));
    }

    private Typed fail(Diagnostic d) {
        diagnostics.add(d);
        failed = true;
        return null;
    }

    /** A type as a drafter would say it: "a number", "true or false", "a value of hot_spot". */
    static Word describe(ValueType t) {
        return switch (t.kind()) {
            case NUMBER -> Word.of("number");
            case BOOLEAN -> Word.of("boolean");
            case TEXT -> Word.of("text");
            case ENUM -> Word.of("enum", t.enumField());
        };
    }
}
