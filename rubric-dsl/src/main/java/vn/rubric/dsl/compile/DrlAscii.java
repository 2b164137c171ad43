package vn.rubric.dsl.compile;

/**
 * DRL as ASCII, for the DRL another system's Drools reads (the exported KJAR): every character
 * outside ASCII written as a {@code \}{@code uXXXX} escape. Drools on Java 17 decodes a KJAR's
 * DRL in the platform charset, so a consumer on a non-UTF-8 locale got a silently corrupted
 * class name; ASCII reads the same in every charset a JVM can have as its default.
 *
 * <p>Checked with Drools 10.2 under {@code -Dfile.encoding=ISO-8859-1}: the escapes are read
 * back as the characters in rule names, metadata ({@code @citation}), constraints (MVEL) and
 * right-hand sides and functions (Java). The hex digits are upper case: MVEL refused
 * {@code \}{@code u00e0} ("illegal unicode escape sequence") and took {@code \}{@code u00E0}.
 * In comments an escape is inert text. Line breaks stay where they are, so every line number
 * Drools reports is the line of the readable DRL {@code rubric compile} prints.
 */
public final class DrlAscii {

    private DrlAscii() {}

    public static String of(String drl) {
        StringBuilder out = null;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c < 0x80) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(drl.length() + 64).append(drl, 0, i);
            out.append(escape(c));
        }
        return out == null ? drl : out.toString();
    }

    /** One UTF-16 unit as {@code \}{@code uXXXX}, upper-case hex (a surrogate pair is two of them, as Java writes it). */
    static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
