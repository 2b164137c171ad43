package vn.rubric.dsl.amend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;

/**
 * Building and copying YAML trees. The merge edits a working copy in place: its mappings and
 * lists are fresh and mutable, while every node keeps the position it was written at, so a
 * base line stays a base line and a draft line a draft line.
 */
final class Trees {

    private Trees() {}

    /** A deep copy whose mappings and lists can be edited. */
    static YamlNode copy(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> entries.put(k, new YamlNode.Mapping.Entry(k, e.keyPos(), copy(e.value()))));
            return new YamlNode.Mapping(entries, m.pos());
        }
        if (node instanceof YamlNode.Sequence s) {
            return new YamlNode.Sequence(new ArrayList<>(s.items().stream().map(Trees::copy).toList()), s.pos());
        }
        return node;
    }

    static YamlNode.Scalar text(String text, SourcePos pos) {
        return new YamlNode.Scalar(text, YamlNode.Scalar.Kind.STRING, false, pos);
    }

    /** The text of a scalar that holds one, else null. */
    static String text(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL ? s.text().strip() : null;
    }

    /** Sets {@code key}, written at {@code keyPos}: in its place when the mapping has it, else last. */
    static void put(YamlNode.Mapping map, String key, SourcePos keyPos, YamlNode value) {
        map.entries().put(key, new YamlNode.Mapping.Entry(key, keyPos, value));
    }

    /** Sets {@code key} first, before every other key. */
    static YamlNode.Mapping withFirst(YamlNode.Mapping map, String key, YamlNode value) {
        LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
        entries.put(key, new YamlNode.Mapping.Entry(key, value.pos(), value));
        map.entries().forEach((k, e) -> { if (!k.equals(key)) entries.put(k, e); });
        return new YamlNode.Mapping(entries, map.pos());
    }
}
