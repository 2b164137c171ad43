package vn.rubric.dsl.source;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Edit;

/**
 * A YAML file's text and tree, found by the positions a rubric keeps, so that a fix can be
 * written as edits of exactly what the file says: a scalar replaced as written (quotes
 * included), a list item or a key removed line by line, a line added in the same
 * indentation. Each edit method returns null when the layout does not allow the edit
 * (a part written inline, in brackets or braces), and the fix is then left as advice.
 */
public final class YamlSource {

    private final Path file;
    private final String[] lines;
    private final Map<SourcePos, YamlNode.Mapping> mappings = new HashMap<>();
    private final Map<SourcePos, YamlNode.Mapping> parents = new HashMap<>();
    private final Map<SourcePos, YamlNode.Sequence> sequences = new HashMap<>();
    private final Map<SourcePos, YamlNode.Scalar> scalars = new HashMap<>();

    private YamlSource(Path file, String text, YamlNode root) {
        this.file = file;
        this.lines = text.split("\n", -1);
        index(root);
    }

    /** The source of {@code file}, its text parsed again; null when the text does not parse. */
    public static YamlSource parse(Path file, String text) {
        YamlNode root = YamlReader.parse(file, text, new Diagnostics());
        // positions are those of the normalised text the reader parsed
        String normalised = java.text.Normalizer.normalize(text.replace("\r\n", "\n"), java.text.Normalizer.Form.NFC);
        return root == null ? null : new YamlSource(file, normalised, root);
    }

    public Path file() {
        return file;
    }

    private void index(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) scalars.put(s.pos(), s);
        if (node instanceof YamlNode.Mapping m) {
            mappings.put(m.pos(), m);
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                parents.put(e.keyPos(), m);
                index(e.value());
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                sequences.put(item.pos(), s);
                index(item);
            }
        }
    }

    /** The mapping written at {@code pos} (a criterion, an item, a tier, a class). */
    public YamlNode.Mapping mapping(SourcePos pos) {
        return mappings.get(pos);
    }

    /** The entry whose key is written at {@code keyPos}. */
    public YamlNode.Mapping.Entry entry(SourcePos keyPos) {
        YamlNode.Mapping m = parents.get(keyPos);
        return m == null ? null : m.entries().values().stream().filter(e -> e.keyPos().equals(keyPos)).findFirst().orElse(null);
    }

    /** The scalar value of the entry whose key is at {@code keyPos}, or of {@code key} in the mapping at {@code mappingPos}. */
    public YamlNode.Scalar scalar(SourcePos keyPos) {
        YamlNode.Mapping.Entry e = entry(keyPos);
        return e != null && e.value() instanceof YamlNode.Scalar s ? s : null;
    }

    public YamlNode.Scalar scalar(SourcePos mappingPos, String key) {
        YamlNode.Mapping m = mapping(mappingPos);
        return m != null && m.get(key) instanceof YamlNode.Scalar s ? s : null;
    }

    /** The scalar (a value, not a key) written at {@code pos}. */
    public YamlNode.Scalar scalarAt(SourcePos pos) {
        return scalars.get(pos);
    }

    /** The list that holds {@code item}, or null. */
    public YamlNode.Sequence sequenceOf(YamlNode item) {
        return sequences.get(item.pos());
    }

    /** {@code s} written anew as {@code value} (quoted when it needs to be). */
    public Edit replace(YamlNode.Scalar s, String value) {
        return s == null || s.raw().isEmpty() ? null : Edit.replace(s.pos(), s.raw(), scalarText(value));
    }

    /** {@code s} replaced by {@code raw}, written as is (a number, a name). */
    public Edit replaceRaw(YamlNode.Scalar s, String raw) {
        return s == null || s.raw().isEmpty() ? null : Edit.replace(s.pos(), s.raw(), raw);
    }

    /** The lines of a list item written as "- ..." lines of its own; null when it shares a line. */
    public Lines itemLines(YamlNode item) {
        YamlNode.Sequence seq = sequenceOf(item);
        if (seq == null || seq.flow()) return null;
        String first = line(item.pos().line());
        String before = first.substring(0, Math.min(first.length(), item.pos().column() - 1));
        if (!before.matches(" *- +")) return null;
        return lines(item.pos().line(), item, before.indexOf('-'));
    }

    /** The lines of a block mapping's entry (the key and its value); null when the key does not start its line. */
    public Lines entryLines(SourcePos keyPos) {
        YamlNode.Mapping.Entry e = entry(keyPos);
        if (e == null || parents.get(keyPos).flow()) return null;
        String first = line(keyPos.line());
        if (!first.substring(0, Math.min(first.length(), keyPos.column() - 1)).isBlank()) return null;
        return lines(keyPos.line(), e.value(), keyPos.column() - 1);
    }

    private Lines lines(int from, YamlNode last, int indent) {
        int to = lastLine(from, last);
        if (to < 0) return null;
        StringBuilder text = new StringBuilder();
        for (int l = from; l <= to; l++) text.append(line(l)).append('\n');
        return new Lines(from, to, indent, text.toString());
    }

    /** The line {@code node} ends on, when nothing but a comment follows it there; else -1. */
    private int lastLine(int from, YamlNode node) {
        SourcePos end = node.end();
        // a block scalar ("|", ">") ends at the start of the line after it
        boolean atNextLine = end.column() == 1 && end.line() > from;
        int to = atNextLine ? end.line() - 1 : end.line();
        String rest = atNextLine ? "" : line(to).substring(Math.min(line(to).length(), end.column() - 1));
        return rest.isBlank() || rest.strip().startsWith("#") ? to : -1;
    }

    /** Adds the line {@code text} (no newline), indented by {@code indent}, after the line {@code node} ends on. */
    public Edit insertLineAfter(YamlNode node, int indent, String text) {
        int to = lastLine(node.pos().line(), node);
        if (to < 0) return null;
        return Edit.insert(new SourcePos(file, to, line(to).length() + 1), "\n" + " ".repeat(indent) + text);
    }

    /** Whole lines of the file, {@code from} to {@code to}, and the column (0-based) their first key or dash is at. */
    public record Lines(int from, int to, int indent, String text) {}

    /** Removes the lines. */
    public Edit delete(Lines l) {
        return l == null ? null : Edit.delete(new SourcePos(file, l.from(), 1), l.text());
    }

    /** Adds {@code text} (whole lines, each ending in a newline) after the lines {@code after}. */
    public Edit insertAfter(Lines after, String text) {
        if (after == null) return null;
        // at the end of the last line, so a file whose last line has no newline still takes it
        String last = line(after.to());
        return Edit.insert(new SourcePos(file, after.to(), last.length() + 1), "\n" + text.substring(0, text.length() - 1));
    }

    /** {@code text} (one line, no newline) indented by {@code indent} spaces, as a line. */
    public static String indented(int indent, String text) {
        return " ".repeat(indent) + text + "\n";
    }

    public String line(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /**
     * {@code value} as a YAML scalar: plain when it reads the same so, in a block or inside
     * braces, else in single quotes (where a quote is written twice).
     */
    public static String scalarText(String value) {
        boolean plain = !value.isEmpty() && value.equals(value.strip())
                && value.chars().noneMatch(c -> ",[]{}#:'\"\\".indexOf(c) >= 0)
                && "-?!&*%@`|>".indexOf(value.charAt(0)) < 0
                && !value.matches("(?i)true|false|yes|no|on|off|y|n|null|~|[-+.\\d].*");
        return plain ? value : "'" + value.replace("'", "''") + "'";
    }
}
