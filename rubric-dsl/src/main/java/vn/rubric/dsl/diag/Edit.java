package vn.rubric.dsl.diag;

import vn.rubric.dsl.source.SourcePos;

/**
 * One change to a file's text: at {@code pos} (line and column, 1-based), the text
 * {@code old} as written there becomes {@code replacement}. An empty {@code old} inserts.
 * Keeping {@code old} lets whoever applies the edit check that the file still reads so.
 */
public record Edit(SourcePos pos, String old, String replacement) {

    public static Edit insert(SourcePos pos, String text) {
        return new Edit(pos, "", text);
    }

    public static Edit replace(SourcePos pos, String old, String replacement) {
        return new Edit(pos, old, replacement);
    }

    public static Edit delete(SourcePos pos, String old) {
        return new Edit(pos, old, "");
    }
}
