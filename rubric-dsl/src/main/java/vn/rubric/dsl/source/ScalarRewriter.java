package vn.rubric.dsl.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.util.Nfc;

/**
 * Rewrites single scalars of a YAML text where the reader found them, and nothing else:
 * comments, order, quoting, flow or block style and every other character stay as written.
 * Each scalar is found again by its line and column and checked against the text the reader
 * gave; one that is not there as read (the file changed since, or the scalar spans several
 * lines) is refused, not guessed at.
 */
public final class ScalarRewriter {

    /** One scalar as the reader found it, and its new value: a number, or a text written in the old scalar's quoting. */
    public record Edit(YamlNode.Scalar scalar, String value, boolean number) {
        public static Edit number(YamlNode.Scalar scalar, double value) {
            return new Edit(scalar, YamlText.number(value), true);
        }

        public static Edit text(YamlNode.Scalar scalar, String value) {
            return new Edit(scalar, value, false);
        }
    }

    /** The rewritten text, and the edits that could not be made (the rest are made). */
    public record Result(String text, List<Edit> refused) {}

    private ScalarRewriter() {}

    public static Result apply(String source, List<Edit> edits) {
        List<String> lines = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        int start = 0;
        while (start <= source.length()) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                lines.add(source.substring(start));
                ends.add("");
                break;
            }
            int end = nl > start && source.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(source.substring(start, end));
            ends.add(source.substring(end, nl + 1));
            start = nl + 1;
        }
        // right to left within a line, so an edit does not move the columns of the ones still to make
        Map<SourcePos, Edit> unique = new LinkedHashMap<>();
        for (Edit e : edits) unique.put(e.scalar().pos(), e);
        List<Edit> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparingInt((Edit e) -> e.scalar().pos().line())
                .thenComparing(Comparator.comparingInt((Edit e) -> e.scalar().pos().column()).reversed()));
        List<Edit> refused = new ArrayList<>();
        for (Edit e : ordered) {
            int lineIndex = e.scalar().pos().line() - 1;
            if (lineIndex < 0 || lineIndex >= lines.size()) {
                refused.add(e);
                continue;
            }
            String line = lines.get(lineIndex);
            int[] span = span(line, e.scalar());
            if (span == null) {
                refused.add(e);
                continue;
            }
            lines.set(lineIndex, line.substring(0, span[0]) + written(e, line.charAt(span[0])) + line.substring(span[1]));
        }
        StringBuilder out = new StringBuilder(source.length() + 16);
        for (int i = 0; i < lines.size(); i++) out.append(lines.get(i)).append(ends.get(i));
        return new Result(out.toString(), List.copyOf(refused));
    }

    /** The new scalar as written: a number plain; a text in the quotes the old one had, or plain when it was plain and can stay so. */
    private static String written(Edit e, char opening) {
        if (e.number()) return e.value();
        if (opening == '"') return YamlText.quoted(e.value());
        if (opening == '\'') return YamlText.singleQuoted(e.value());
        return YamlText.text(e.value());
    }

    /** Where in {@code line} the scalar is written, start and end, quotes included; null when it is not there as read. */
    static int[] span(String line, YamlNode.Scalar s) {
        int from = index(line, s.pos().column());
        if (from < 0 || from >= line.length()) return null;
        char c = line.charAt(from);
        if (c == '"' || c == '\'') {
            int end = closingQuote(line, from, c);
            if (end < 0) return null;
            String inner = line.substring(from + 1, end);
            String value = c == '"' ? unescapeSimple(inner) : inner.replace("''", "'");
            return value != null && Nfc.of(value).equals(s.text()) ? new int[] {from, end + 1} : null;
        }
        // a plain scalar ends where its text does; what follows must end a scalar (space, comment, flow punctuation)
        for (int end = from + 1; end <= line.length(); end++) {
            if (!Nfc.of(line.substring(from, end)).equals(s.text())) continue;
            if (end == line.length() || " \t,]}#".indexOf(line.charAt(end)) >= 0) return new int[] {from, end};
        }
        return null;
    }

    private static int closingQuote(String line, int open, char quote) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') i++;
                else return i;
            }
        }
        return -1;
    }

    /** The value of a double-quoted scalar with the escapes the workbench writes; null for any other escape (then it is refused, not guessed). */
    private static String unescapeSimple(String inner) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= inner.length()) return null;
            switch (inner.charAt(i)) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                default -> { return null; }
            }
        }
        return sb.toString();
    }

    /**
     * The index in {@code line} of a 1-based column as the reader counts it: in code points of
     * the line normalized to NFC (the reader normalizes a file before parsing it). A line typed
     * with combining accents is longer as written than as read.
     */
    static int index(String line, int column) {
        if (column < 1) return -1;
        String read = Nfc.of(line);
        if (column - 1 > read.codePointCount(0, read.length())) return -1;
        int inRead = read.offsetByCodePoints(0, column - 1);
        if (read.equals(line)) return inRead;
        for (int k = 0; k <= line.length(); k++) {
            if (k < line.length() && Character.getType(line.charAt(k)) == Character.NON_SPACING_MARK) continue;
            int len = Nfc.of(line.substring(0, k)).length();
            if (len == inRead) return k;
            if (len > inRead) return -1;
        }
        return -1;
    }

}
