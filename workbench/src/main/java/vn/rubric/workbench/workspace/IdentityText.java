package vn.rubric.workbench.workspace;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.ScalarRewriter;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.source.YamlText;

/**
 * A rubric's text with keys of its {@code regulation:} block set (the decision that issues it,
 * its dates, its version), and nothing else changed: a key written is rewritten in place, in
 * its quoting; a key not written is added on a line of its own after {@code decision:} (or
 * before the block's first key), indented as its neighbours. A block that is not written one
 * key a line (a flow mapping) is refused, not rewritten.
 */
final class IdentityText {

    private IdentityText() {}

    /** The text with {@code values} set (key → value, in the order keys are added); null with the reason in {@code problems}. */
    static String set(Path file, String text, Map<String, String> values, Diagnostics problems) {
        Diagnostics read = new Diagnostics();
        YamlNode root = YamlReader.parse(file, text, read);
        if (!(root instanceof YamlNode.Mapping top) || !(top.get("regulation") instanceof YamlNode.Mapping regulation)
                || regulation.entries().isEmpty()) {
            problems.addAll(read.all());
            problems.add(Diagnostic.error("E-ISSUE-IDENTITY-NOT-IN-PLACE", SourcePos.of(file)));
            return null;
        }
        List<YamlNode.Mapping.Entry> entries = new ArrayList<>(regulation.entries().values());
        YamlNode.Mapping.Entry first = entries.get(0);
        if (first.keyPos().line() == top.entries().get("regulation").keyPos().line()) {
            problems.add(Diagnostic.error("E-ISSUE-IDENTITY-NOT-IN-PLACE", top.entries().get("regulation").keyPos()));
            return null;
        }
        List<ScalarRewriter.Edit> edits = new ArrayList<>();
        Map<String, String> added = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : values.entrySet()) {
            String value = Normalizer.normalize(v.getValue(), Normalizer.Form.NFC);
            YamlNode.Mapping.Entry there = regulation.entries().get(v.getKey());
            if (there == null) added.put(v.getKey(), value);
            else if (there.value() instanceof YamlNode.Scalar s) edits.add(ScalarRewriter.Edit.text(s, value));
            else {
                problems.add(Diagnostic.error("E-ISSUE-IDENTITY-NOT-IN-PLACE", there.keyPos()));
                return null;
            }
        }
        ScalarRewriter.Result rewritten = ScalarRewriter.apply(text, edits);
        if (!rewritten.refused().isEmpty()) {
            problems.add(Diagnostic.error("E-ISSUE-IDENTITY-NOT-IN-PLACE", rewritten.refused().get(0).scalar().pos()));
            return null;
        }
        if (added.isEmpty()) return rewritten.text();
        // before the key after decision: (so the new keys follow it), else before the block's first key
        int at = first.keyPos().line();
        for (int i = 0; i + 1 < entries.size(); i++) if (entries.get(i).key().equals("decision")) at = entries.get(i + 1).keyPos().line();
        String indent = " ".repeat(Math.max(first.keyPos().column() - 1, 0));
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder lines = new StringBuilder();
        added.forEach((k, v) -> lines.append(indent).append(k).append(": ").append(YamlText.quoted(v)).append(eol));
        return insertBeforeLine(rewritten.text(), at, lines.toString());
    }

    private static String insertBeforeLine(String text, int line, String inserted) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) return text + inserted;
            offset = nl + 1;
        }
        return text.substring(0, offset) + inserted + text.substring(offset);
    }
}
