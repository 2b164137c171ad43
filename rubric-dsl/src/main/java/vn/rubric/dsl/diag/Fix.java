package vn.rubric.dsl.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A diagnostic's fix as edits of the file, so a tool (an editor, a test) can apply it
 * literally. {@code key} and {@code args} describe it in words: {@code fix.KEY} in the
 * diagnostics bundle, shown as the diagnostic's hint, so what the hint says and what the
 * edits do cannot drift apart.
 */
public record Fix(String key, List<Object> args, List<Edit> edits) {

    public Fix {
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
        edits = List.copyOf(edits);
    }

    public static Fix of(String key, List<Edit> edits, Object... args) {
        return new Fix(key, java.util.Arrays.asList(args), edits);
    }

    /**
     * {@code text} (the content of {@code file}) with this fix's edits for that file applied,
     * or null when some edit no longer matches what the file says at its place, or two edits
     * overlap.
     */
    public String applyTo(Path file, String text) {
        List<Located> located = new ArrayList<>();
        for (Edit e : edits) {
            if (!Objects.equals(e.pos().file(), file)) continue;
            int at = offset(text, e.pos().line(), e.pos().column());
            if (at < 0 || !text.startsWith(e.old(), at)) return null;
            located.add(new Located(at, e));
        }
        // from the end of the file backwards, so each offset still holds when its edit is made
        located.sort(Comparator.comparingInt(Located::at).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Located l : located) {
            int end = l.at() + l.edit().old().length();
            if (end > limit) return null;
            out.replace(l.at(), end, l.edit().replacement());
            limit = l.at();
        }
        return out.toString();
    }

    /** Whether every edit of {@code file} finds its old text where it says. */
    public boolean matches(Path file, String text) {
        return applyTo(file, text) != null;
    }

    private record Located(int at, Edit edit) {}

    /** The offset of a 1-based line and column in {@code text}; -1 when there is no such place. */
    static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at);
            if (at < 0) return -1;
            at++;
        }
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = text.length();
        int offset = at + column - 1;
        return column < 1 || offset > lineEnd ? -1 : offset;
    }
}
