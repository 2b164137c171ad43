package vn.rubric.dsl.util;

import java.util.regex.Pattern;

/**
 * Reads a number as a person writes it: digits, an optional decimal point or comma, an
 * optional exponent. Not Java's grammar, which also takes "4d", "0x1.5p6", "NaN" and
 * "Infinity", none of which is evidence or points.
 */
public final class Decimals {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private Decimals() {}

    /** The value, or null when {@code text} is not a plain decimal number. */
    public static Double parse(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) return null;
        return Double.parseDouble(t.replace(',', '.'));
    }

    /** A number as written in DRL and messages: no exponent, no trailing zeros (20, 12.5). */
    public static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
