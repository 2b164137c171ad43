package vn.rubric.dsl.compile;

/** Quoting for DRL and Java string literals. */
final class Drl {

    private Drl() {}

    /** A double-quoted literal; backslash, quote and control characters escaped. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A rule name: a string literal in which double quotes become single ones, so names stay plain to read. */
    static String ruleName(String name) {
        return string(name.replace('"', '\'').replace('\n', ' ').replace('\\', '/'));
    }
}
