package vn.rubric.workbench.form;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.ScalarRewriter;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.source.YamlText;
import vn.rubric.dsl.util.Decimals;
import vn.rubric.dsl.util.Nfc;
import vn.rubric.workbench.workspace.Outcome;

/**
 * Sets one value of a rubric's text where the text holds it, and changes nothing else
 * (comments, order, quoting and layout stay as written): the form's edits become edits of the
 * YAML. In a rubric written whole the value is rewritten where it is written. In an amending
 * pack it is rewritten in the change that writes it ({@code set:}, {@code add:} or
 * {@code replace:} of that target); a value the draft does not change yet gets a new
 * {@code set:} change at the end of {@code changes:}, without a {@code cite:}, so validation
 * asks the drafter for its article.
 */
public final class ValueEdit {

    private ValueEdit() {}

    public static Outcome<String> set(Path file, String text, ValuePath at, String value) {
        String written = value == null ? "" : Nfc.of(value);
        Double number = null;
        if (at.isNumber()) {
            // the Vietnamese decimal comma is read as the point (7,5 = 7.5)
            number = Decimals.parse(written.strip().replace(',', '.'));
            if (number == null || number.isNaN() || number.isInfinite()) return refused("E-FORM-NUMBER", file, at, written);
        } else if (written.isBlank() || written.contains("\n")) {
            return refused("E-FORM-TEXT", file, at, written);
        }
        Diagnostics read = new Diagnostics();
        YamlNode root = YamlReader.parse(file, text, read);
        if (read.hasErrors() || !(root instanceof YamlNode.Mapping doc)) return refused("E-FORM-UNREADABLE", file, at, "");
        YamlNode.Scalar target = doc.get("amends") != null ? inChanges(doc, at) : inWhole(doc, at);
        if (target == null) {
            if (doc.get("amends") != null) return appended(file, text, doc, at, written, number);
            return refused("E-FORM-NOT-WRITTEN", file, at, "");
        }
        ScalarRewriter.Edit edit = number != null ? ScalarRewriter.Edit.number(target, number) : ScalarRewriter.Edit.text(target, written);
        ScalarRewriter.Result r = ScalarRewriter.apply(text, List.of(edit));
        if (!r.refused().isEmpty()) return refused("E-FORM-NOT-HERE", target.pos(), at);
        return Outcome.ok(r.text(), new Diagnostics());
    }

    // ---- a rubric written whole ---------------------------------------------------------

    private static YamlNode.Scalar inWhole(YamlNode.Mapping doc, ValuePath at) {
        return switch (at.kind()) {
            case PARAMETER -> {
                YamlNode p = mapping(doc.get("parameters")) == null ? null : mapping(doc.get("parameters")).get(at.id());
                // a parameter written short (top: 90) is its value
                if (p instanceof YamlNode.Scalar s) yield at.key().equals("value") ? s : null;
                yield scalar(p, at.key());
            }
            case CRITERION -> scalar(byKey(doc.get("criteria"), "id", at.id()), at.key());
            case ITEM -> scalar(item(doc, at.id()), at.key());
            case TIER -> scalar(byKey(mappingGet(item(doc, at.id()), "pick-one"), "label", at.tier()), at.key());
            case CLASS -> scalar(byKey(doc.get("rating"), "class", at.id()), at.key());
        };
    }

    private static YamlNode item(YamlNode.Mapping doc, String id) {
        if (doc.get("criteria") instanceof YamlNode.Sequence criteria) {
            for (YamlNode c : criteria.items()) {
                YamlNode found = byKey(mappingGet(c, "items"), "id", id);
                if (found != null) return found;
            }
        }
        for (String section : List.of("bonus", "deductions")) {
            YamlNode found = byKey(mappingGet(doc.get(section), "items"), "id", id);
            if (found != null) return found;
        }
        return null;
    }

    // ---- an amending pack ---------------------------------------------------------------

    /** The value in the last change of {@code changes:} that writes it, or null. */
    private static YamlNode.Scalar inChanges(YamlNode.Mapping doc, ValuePath at) {
        if (!(doc.get("changes") instanceof YamlNode.Sequence changes)) return null;
        YamlNode.Scalar found = null;
        for (YamlNode c : changes.items()) {
            if (!(c instanceof YamlNode.Mapping change) || !aimsAt(change, at)) continue;
            for (String op : List.of("set", "add", "replace")) {
                YamlNode.Scalar s = scalar(change.get(op), at.key());
                if (s != null) found = s;
            }
        }
        return found;
    }

    private static boolean aimsAt(YamlNode.Mapping change, ValuePath at) {
        String target = at.kind() == ValuePath.Kind.TIER ? "item" : at.kind().word;
        if (!at.id().equals(text(change.get(target)))) return false;
        return at.kind() == ValuePath.Kind.TIER ? at.tier().equals(text(change.get("tier"))) : change.get("tier") == null;
    }

    /** A new change at the end of {@code changes:}, written as the ones above it are indented. */
    private static Outcome<String> appended(Path file, String text, YamlNode.Mapping doc, ValuePath at, String value, Double number) {
        if (!(doc.get("changes") instanceof YamlNode.Sequence changes) || changes.flow() || changes.items().isEmpty()) {
            return refused("E-FORM-NOT-WRITTEN", file, at, "");
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int firstLine = changes.items().get(0).pos().line() - 1;
        if (firstLine < 0 || firstLine >= lines.length) return refused("E-FORM-NOT-WRITTEN", file, at, "");
        String first = lines[firstLine];
        int dash = first.indexOf('-');
        if (dash < 0 || !first.substring(0, dash).isBlank()) return refused("E-FORM-NOT-WRITTEN", file, at, "");
        String dashIndent = first.substring(0, dash);
        String keyIndent = dashIndent + " ".repeat(Math.max(2, changes.items().get(0).pos().column() - 1 - dash));
        StringBuilder change = new StringBuilder();
        String target = at.kind() == ValuePath.Kind.TIER ? "item" : at.kind().word;
        change.append(dashIndent).append("- ").append(target).append(": ").append(YamlText.text(at.id())).append('\n');
        if (at.kind() == ValuePath.Kind.TIER) change.append(keyIndent).append("tier: ").append(YamlText.text(at.tier())).append('\n');
        change.append(keyIndent).append("set: { ").append(at.key()).append(": ")
                .append(number != null ? YamlText.number(number) : YamlText.text(value)).append(" }");
        // after the last line of the last change (its own comments stay with it)
        int endLine = Math.min(changes.end().line(), lines.length);
        if (changes.end().column() <= 1 && endLine > firstLine + 1) endLine--;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i == endLine - 1) out.append('\n').append(change);
            if (i < lines.length - 1) out.append('\n');
        }
        return Outcome.ok(out.toString(), new Diagnostics());
    }

    // ---- the tree -----------------------------------------------------------------------

    private static YamlNode.Mapping mapping(YamlNode n) {
        return n instanceof YamlNode.Mapping m ? m : null;
    }

    private static YamlNode mappingGet(YamlNode n, String key) {
        return n instanceof YamlNode.Mapping m ? m.get(key) : null;
    }

    private static YamlNode.Scalar scalar(YamlNode n, String key) {
        return mappingGet(n, key) instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL ? s : null;
    }

    private static String text(YamlNode n) {
        return n instanceof YamlNode.Scalar s ? s.text() : null;
    }

    /** The mapping of a list whose {@code key} is {@code value}. */
    private static YamlNode byKey(YamlNode list, String key, String value) {
        if (!(list instanceof YamlNode.Sequence seq)) return null;
        for (YamlNode n : seq.items()) if (value.equals(text(mappingGet(n, key)))) return n;
        return null;
    }

    private static Outcome<String> refused(String code, Path file, ValuePath at, String value) {
        return refused(code, SourcePos.of(file), at, value);
    }

    private static Outcome<String> refused(String code, SourcePos pos, ValuePath at, Object... more) {
        Object[] args = new Object[1 + more.length];
        args[0] = at.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error(code, pos, args));
    }
}
