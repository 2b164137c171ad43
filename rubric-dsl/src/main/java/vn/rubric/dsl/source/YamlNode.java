package vn.rubric.dsl.source;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML document as a small tree in which every node knows where it was written, so
 * that every diagnostic can name file, line and column.
 */
public sealed interface YamlNode {

    SourcePos pos();

    /**
     * Where the node's text ends (just after its last character): with {@link #pos()} it
     * spans the text an edit of the file replaces (see {@link vn.rubric.dsl.diag.Fix}).
     */
    SourcePos end();

    /** What a drafter would call this kind of node, for "expected X, found Y" messages. */
    String kindName();

    /** {@code raw}: the scalar as written in the file, quotes included (empty for an absent value). */
    record Scalar(String text, Kind kind, boolean quoted, String raw, SourcePos pos, SourcePos end) implements YamlNode {

        /** A scalar made in code, not read from a file (e.g. a citation an amended item inherits): no text to edit. */
        public Scalar(String text, Kind kind, boolean quoted, SourcePos pos) {
            this(text, kind, quoted, "", pos, pos);
        }
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        /** A plain decimal number (YAML also reads .inf, .nan and 0x1F as numbers; those are not points). */
        public boolean isNumber() {
            return (kind == Kind.INTEGER || kind == Kind.DECIMAL) && vn.rubric.dsl.util.Decimals.parse(text) != null;
        }

        /** The value of a scalar for which {@link #isNumber()} holds. */
        public double numberValue() {
            return vn.rubric.dsl.util.Decimals.parse(text);
        }

        /**
         * The value of a BOOLEAN scalar. The YAML parser also reads yes/no and on/off as
         * booleans (YAML 1.1), so the text, not Boolean.parseBoolean, decides.
         */
        public boolean booleanValue() {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "y" -> true;
                default -> false;
            };
        }

        /** Where the scalar's own text starts (after an opening quote). */
        public SourcePos textPos() {
            return quoted ? pos.plusColumns(1) : pos;
        }

        @Override
        public String kindName() {
            return switch (kind) {
                case INTEGER, DECIMAL -> "number";
                case BOOLEAN -> "boolean";
                case NULL -> "empty";
                case STRING -> "text";
            };
        }
    }

    /** {@code flow}: written in brackets ({@code [a, b]}), not one "- " line per item. */
    record Sequence(List<YamlNode> items, boolean flow, SourcePos pos, SourcePos end) implements YamlNode {

        /** A list made in code, e.g. a base's items with a draft's added among them: it ends where its last item does. */
        public Sequence(List<YamlNode> items, SourcePos pos) {
            this(items, false, pos, items.isEmpty() ? pos : items.get(items.size() - 1).end());
        }
        @Override
        public String kindName() {
            return "list";
        }
    }

    /** A mapping; keys keep their own positions and their written order. {@code flow}: written in braces. */
    record Mapping(LinkedHashMap<String, Entry> entries, boolean flow, SourcePos pos, SourcePos end) implements YamlNode {
        public record Entry(String key, SourcePos keyPos, YamlNode value) {}

        /** A mapping made in code (a base's part with a draft's changes merged in): it ends where its last value does. */
        public Mapping(LinkedHashMap<String, Entry> entries, SourcePos pos) {
            this(entries, false, pos, entries.isEmpty() ? pos : entries.values().stream().reduce((a, b) -> b).orElseThrow().value().end());
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String kindName() {
            return "mapping";
        }
    }
}
