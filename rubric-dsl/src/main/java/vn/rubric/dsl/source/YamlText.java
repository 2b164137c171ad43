package vn.rubric.dsl.source;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.rubric.dsl.util.Decimals;

/**
 * Values written as YAML scalars by the workbench itself (a rewritten expectation, a saved
 * test case): plain where YAML reads the plain text back as the same text, else in double quotes.
 */
public final class YamlText {

    // what YAML 1.1 (the reader's) would take for a yes/no or an empty value when written plain
    private static final Pattern SPECIAL_WORD = Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|~");

    private YamlText() {}

    /**
     * A text as a scalar: plain when that is safe anywhere, in a block or in a flow mapping
     * ({@code { class: Tốt }}), else double-quoted.
     */
    public static String text(String value) {
        return isPlainSafe(value) ? value : quoted(value);
    }

    /** A text in double quotes, with the escapes YAML needs. */
    public static String quoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A text in single quotes (a quote inside is doubled). */
    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A number as YAML reads it back: no exponent, no trailing zeros, a point for the decimals (96, 89.75). */
    public static String number(double value) {
        return vn.rubric.dsl.score.Points.format(value);
    }

    /**
     * Whether {@code value} written plain reads back as this same text, in a block and inside
     * a flow mapping alike: no indicator first, no ": " or " #", no flow punctuation, and not a
     * word or number YAML would read as something else.
     */
    public static boolean isPlainSafe(String value) {
        if (value.isEmpty() || !value.equals(value.strip())) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0) return false;
        if (SPECIAL_WORD.matcher(value).matches()) return false;
        char first = value.charAt(0);
        // 1.5, .5, +3, 0x1F, 1e3: numbers or number-like; quoted, they stay text
        if (Character.isDigit(first) || first == '.' || first == '+' || Decimals.parse(value) != null) return false;
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\\') return false;
        }
        return true;
    }
}
