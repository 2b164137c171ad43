package vn.rubric.dsl.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Edit;
import vn.rubric.dsl.diag.Fix;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.util.Names;

/**
 * Reads the keys of one YAML mapping by name and type, and, when done, reports every key
 * that was not read as unknown, with the nearest known key as a suggestion.
 */
public final class Fields {

    private final YamlNode.Mapping map;
    private final Word where;
    private final Diagnostics diagnostics;
    private final Set<String> known = new HashSet<>();

    public Fields(YamlNode.Mapping map, Word where, Diagnostics diagnostics) {
        this.map = map;
        this.where = where;
        this.diagnostics = diagnostics;
    }

    /** Null (and a diagnostic) when {@code node} is not a mapping. */
    public static Fields of(YamlNode node, Word where, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping m) return new Fields(m, where, diagnostics);
        if (node != null) diagnostics.add(Diagnostic.error("E-SHAPE", node.pos(), where, Word.of("mapping"), kind(node), ""));
        return null;
    }

    /** What a node is, as a word of the message language. */
    public static Word kind(YamlNode node) {
        return Word.of(node.kindName());
    }

    /** The text of a scalar, quoted after a space, to show next to its kind ("text 'mười bốn'"); empty otherwise. */
    public static String shown(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL ? " '" + s.text() + "'" : "";
    }

    /** "key must be EXPECTED, found KIND 'text'". */
    public static Diagnostic wrongType(YamlNode node, String key, String expected) {
        return Diagnostic.error("E-TYPE-VALUE", node.pos(), key, Word.of(expected), kind(node), shown(node));
    }

    public SourcePos pos() {
        return map.pos();
    }

    public boolean has(String key) {
        known.add(key);
        return map.get(key) != null && !(map.get(key) instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL);
    }

    public YamlNode node(String key) {
        known.add(key);
        return map.get(key);
    }

    public SourcePos keyPos(String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    public String text(String key, boolean required) {
        YamlNode n = node(key);
        if (n == null) {
            if (required) diagnostics.add(Diagnostic.error("E-MISSING-KEY", map.pos(), key, where));
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) return s.text().strip();
        if (required || !(n instanceof YamlNode.Scalar)) {
            diagnostics.add(wrongType(n, key, "text"));
        }
        return null;
    }

    public YamlNode.Scalar scalar(String key, boolean required) {
        YamlNode n = node(key);
        if (n == null) {
            if (required) diagnostics.add(Diagnostic.error("E-MISSING-KEY", map.pos(), key, where));
            return null;
        }
        if (n instanceof YamlNode.Scalar s) return s;
        diagnostics.add(wrongType(n, key, "text"));
        return null;
    }

    public Double number(String key, boolean required) {
        YamlNode n = node(key);
        if (n == null) {
            if (required) diagnostics.add(Diagnostic.error("E-MISSING-KEY", map.pos(), key, where));
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.isNumber()) return s.numberValue();
        diagnostics.add(wrongType(n, key, "number"));
        return null;
    }

    public boolean flag(String key) {
        YamlNode n = node(key);
        if (n == null) return false;
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) return s.booleanValue();
        diagnostics.add(wrongType(n, key, "boolean"));
        return false;
    }

    public List<YamlNode> list(String key, boolean required) {
        YamlNode n = node(key);
        if (n == null) {
            if (required) diagnostics.add(Diagnostic.error("E-MISSING-KEY", map.pos(), key, where));
            return List.of();
        }
        if (n instanceof YamlNode.Sequence s) return s.items();
        diagnostics.add(wrongType(n, key, "list"));
        return List.of();
    }

    /** Reports keys that were never asked for. Call once all known keys have been read. */
    public void rejectUnknown() {
        List<String> knownList = new ArrayList<>(known);
        knownList.sort(null);
        for (YamlNode.Mapping.Entry e : map.entries().values()) {
            if (known.contains(e.key())) continue;
            String suggestion = Names.closest(e.key(), knownList);
            if (suggestion == null) {
                diagnostics.add(Diagnostic.error("E-UNKNOWN-KEY", e.keyPos(), e.key(), where, String.join(", ", knownList)));
                continue;
            }
            Diagnostic d = Diagnostic.error("E-UNKNOWN-KEY-SUGGEST", e.keyPos(), e.key(), where, suggestion);
            // renaming onto a key the block already has would only write it twice
            diagnostics.add(map.entries().containsKey(suggestion) ? d
                    : d.withFix(Fix.of("did-you-mean", List.of(Edit.replace(e.keyPos(), e.key(), suggestion)), suggestion)));
        }
    }
}
