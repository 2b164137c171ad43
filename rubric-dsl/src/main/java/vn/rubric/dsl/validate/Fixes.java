package vn.rubric.dsl.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.rubric.dsl.diag.Edit;
import vn.rubric.dsl.diag.Fix;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.SourceTexts;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlSource;

/**
 * Writes the validator's fixes as edits of the rubric's files, found by the positions the
 * rubric keeps. Every method gives null when the file's text is not known or its layout
 * does not allow the edit; the diagnostic then keeps its hint in words.
 */
final class Fixes {

    private final SourceTexts texts;
    private final Map<Path, Optional<YamlSource>> sources = new HashMap<>();

    Fixes(SourceTexts texts) {
        this.texts = texts;
    }

    YamlSource source(SourcePos pos) {
        if (pos == null || pos.file() == null) return null;
        return sources.computeIfAbsent(pos.file(), f -> {
            String text = texts.text(f);
            return Optional.ofNullable(text == null ? null : YamlSource.parse(f, text));
        }).orElse(null);
    }

    static Fix of(String key, List<Edit> edits, Object... args) {
        return edits.isEmpty() || edits.stream().anyMatch(Objects::isNull) ? null : Fix.of(key, edits, args);
    }

    /** The scalar written at {@code pos} (the value itself, not its key). */
    YamlNode.Scalar scalarAt(SourcePos pos) {
        YamlSource s = source(pos);
        return s == null ? null : s.scalarAt(pos);
    }

    /** The scalar value of the key written at {@code keyPos}. */
    YamlNode.Scalar valueOfKey(SourcePos keyPos) {
        YamlSource s = source(keyPos);
        return s == null ? null : s.scalar(keyPos);
    }

    /** The scalar value of {@code key} in the mapping written at {@code mappingPos}. */
    YamlNode.Scalar valueIn(SourcePos mappingPos, String key) {
        YamlSource s = source(mappingPos);
        return s == null ? null : s.scalar(mappingPos, key);
    }

    /** The edit that writes {@code raw} (a number, as is) in place of {@code scalar}. */
    Edit replaceRaw(YamlNode.Scalar scalar, String raw) {
        YamlSource s = scalar == null ? null : source(scalar.pos());
        return s == null ? null : s.replaceRaw(scalar, raw);
    }

    /** The edit that writes the text {@code value} (quoted if need be) in place of {@code scalar}. */
    Edit replace(YamlNode.Scalar scalar, String value) {
        YamlSource s = scalar == null ? null : source(scalar.pos());
        return s == null ? null : s.replace(scalar, value);
    }

    /** The edit that removes the list item (a tier, a class) written at {@code pos}, line by line. */
    Edit removeItem(SourcePos pos) {
        YamlSource s = source(pos);
        YamlNode.Mapping m = s == null ? null : s.mapping(pos);
        return m == null ? null : s.delete(s.itemLines(m));
    }

    /** The edit that removes {@code key} and its value from the mapping written at {@code mappingPos}. */
    Edit removeKey(SourcePos mappingPos, String key) {
        YamlSource s = source(mappingPos);
        YamlNode.Mapping m = s == null ? null : s.mapping(mappingPos);
        YamlNode.Mapping.Entry e = m == null ? null : m.entries().get(key);
        return e == null ? null : s.delete(s.entryLines(e.keyPos()));
    }

    /** The edit that removes the entry whose key is at {@code keyPos}. */
    Edit removeEntry(SourcePos keyPos) {
        YamlSource s = source(keyPos);
        return s == null ? null : s.delete(s.entryLines(keyPos));
    }

    /** The edit that adds {@code flowMapping} ("{ ... }") as a new last item of the list holding the item at {@code lastPos}. */
    Edit appendItem(SourcePos lastPos, String flowMapping) {
        YamlSource s = source(lastPos);
        YamlNode.Mapping last = s == null ? null : s.mapping(lastPos);
        YamlSource.Lines lines = last == null ? null : s.itemLines(last);
        return lines == null ? null : s.insertAfter(lines, YamlSource.indented(lines.indent(), "- " + flowMapping));
    }

    /** The edits that move the list item at {@code itemPos} after the one at {@code lastPos}, in the same list. */
    List<Edit> moveItem(SourcePos itemPos, SourcePos lastPos) {
        YamlSource s = source(itemPos);
        if (s == null || !Objects.equals(itemPos.file(), lastPos.file())) return null;
        YamlNode.Mapping item = s.mapping(itemPos), last = s.mapping(lastPos);
        if (item == null || last == null || s.sequenceOf(item) != s.sequenceOf(last)) return null;
        YamlSource.Lines moved = s.itemLines(item), after = s.itemLines(last);
        if (moved == null || after == null) return null;
        List<Edit> edits = new ArrayList<>();
        edits.add(s.delete(moved));
        edits.add(s.insertAfter(after, moved.text()));
        return edits;
    }

    /**
     * The edit that adds "{@code key}: {@code value}" to the mapping at {@code mappingPos}
     * just before its key {@code beforeKey}: a line of its own after the entry before it, or,
     * inside braces, "key: value, " in front of it.
     */
    Edit addKey(SourcePos mappingPos, String beforeKey, String key, String value) {
        YamlSource s = source(mappingPos);
        YamlNode.Mapping m = s == null ? null : s.mapping(mappingPos);
        YamlNode.Mapping.Entry at = m == null ? null : m.entries().get(beforeKey);
        if (at == null) return null;
        if (m.flow()) return Edit.insert(at.keyPos(), key + ": " + value + ", ");
        List<YamlNode.Mapping.Entry> entries = new ArrayList<>(m.entries().values());
        int k = entries.indexOf(at);
        // after the entry before it, so the new key never takes the place of a list's "- "
        return k == 0 ? null : s.insertLineAfter(entries.get(k - 1).value(), at.keyPos().column() - 1, key + ": " + value);
    }

    /** The text of a condition as written (the value of its scalar, not its quotes). */
    String conditionText(SourcePos tierPos) {
        YamlNode.Scalar when = valueIn(tierPos, "when");
        return when == null ? null : when.text().strip();
    }

    /** The entry lines of {@code key} in the mapping at {@code mappingPos}. */
    YamlSource.Lines keyLines(SourcePos mappingPos, String key) {
        YamlSource s = source(mappingPos);
        YamlNode.Mapping m = s == null ? null : s.mapping(mappingPos);
        YamlNode.Mapping.Entry e = m == null ? null : m.entries().get(key);
        return e == null ? null : s.entryLines(e.keyPos());
    }
}
