package vn.rubric.dsl.util;

/**
 * Reads a number as a person writes it: digits, an optional decimal point or comma, an
 * optional exponent ({@code [+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?}). Not Java's
 * grammar, which also takes "4d", "0x1.5p6", "NaN" and "Infinity", none of which is
 * evidence or points. Scanned by hand: a data file of 100,000 units has millions of cells.
 */
public final class Decimals {

    private Decimals() {}

    /** The value, or null when {@code text} is not a plain decimal number. */
    public static Double parse(String text) {
        String t = text.strip();
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
        int intDigits = digits(t, i);
        i += intDigits;
        int fracDigits = 0;
        boolean comma = false;
        if (i < n && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
            comma = t.charAt(i) == ',';
            i++;
            fracDigits = digits(t, i);
            i += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) return null;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
            int expDigits = digits(t, i);
            if (expDigits == 0) return null;
            i += expDigits;
        }
        if (i != n) return null;
        return Double.parseDouble(comma ? t.replace(',', '.') : t);
    }

    /** How many ASCII digits start at {@code from}. */
    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        return i - from;
    }

    /** A number as written in DRL and messages: no exponent, no trailing zeros (20, 12.5). */
    public static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
