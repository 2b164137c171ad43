package vn.rubric.dsl.compile;

import java.nio.file.Path;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;

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
                    // upper-case hex: MVEL refuses lower-case digits in a constraint (DrlAscii)
                    if (c < 0x20) sb.append(DrlAscii.escape(c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Where a part of {@code rubric} is written, as {@code @source} says it: "rubric.yaml:12"; for
     * a line of the regulation an amending pack rests on, that file relative to the pack's
     * ("../hung-yen-02-2020/rubric.yaml:277"), so the line is not read as one of the draft's.
     */
    static String source(Rubric rubric, SourcePos pos) {
        Path own = rubric.file().toAbsolutePath().normalize();
        Path at = pos.file() == null ? own : pos.file().toAbsolutePath().normalize();
        String name = at.equals(own) || own.getParent() == null ? String.valueOf(rubric.file().getFileName())
                : own.getParent().relativize(at).toString().replace('\\', '/');
        return name + ":" + pos.line();
    }

    /** A rule name: a string literal in which double quotes become single ones, so names stay plain to read. */
    static String ruleName(String name) {
        return string(name.replace('"', '\'').replace('\n', ' ').replace('\\', '/'));
    }
}
