package vn.rubric.dsl.expr;

import java.util.List;
import java.util.regex.Pattern;
import vn.rubric.dsl.util.Names;

/**
 * A function added to the rubric language (by a plugin): the name a rubric calls it by, the
 * types of its arguments and of its result (what the validator checks), and its body as a
 * DRL {@code function} declaration, which the compiler writes into the DRL of every rubric
 * that calls it. So a pack exported with it still loads with Drools alone.
 *
 * <p>Argument types map to DRL as number → {@code double}, boolean → {@code boolean},
 * text (and enumeration values) → {@code String}.
 *
 * @param drl e.g. {@code function double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }}
 */
public record ExpressionFunction(String name, List<ValueType> parameters, ValueType returns, String drl) {

    public ExpressionFunction {
        // the rules for field names: the name is written into DRL, so no Java or DRL word
        if (name == null || !isName(name)) {
            throw new IllegalArgumentException("function name \"" + name + "\" is not lower-case letters, digits and _, or is a word of Java or DRL");
        }
        if (Expr.Function.named(name) != null) {
            throw new IllegalArgumentException("function name \"" + name + "\" is a built-in function of the rubric language");
        }
        parameters = List.copyOf(parameters);
        for (ValueType t : parameters) {
            if (t.kind() == ValueType.Kind.ENUM) throw new IllegalArgumentException(name + ": an argument type is number, boolean or text");
        }
        if (returns == null || returns.kind() == ValueType.Kind.ENUM) {
            throw new IllegalArgumentException(name + ": the result type is number, boolean or text");
        }
        if (drl == null || !Pattern.compile("^\\s*function\\s+[\\w.]+\\s+" + name + "\\s*\\(").matcher(drl).find()) {
            throw new IllegalArgumentException(name + ": drl must be a DRL declaration \"function <type> " + name + "(...) { ... }\"");
        }
    }

    /** Whether {@code word} can name a function: as a field name can ({@link Names#isValidName}). */
    public static boolean isName(String word) {
        return Names.isValidName(word);
    }

    /** Whether an argument of type {@code given} may be passed where {@code declared} is needed. */
    static boolean accepts(ValueType declared, ValueType given) {
        if (declared.kind() == ValueType.Kind.TEXT) return given.kind() == ValueType.Kind.TEXT || given.kind() == ValueType.Kind.ENUM;
        return declared.equals(given);
    }
}
