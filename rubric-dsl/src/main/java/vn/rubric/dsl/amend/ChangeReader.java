package vn.rubric.dsl.amend;

import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.load.Fields;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;

/**
 * Reads the entries of {@code changes:}: each names exactly one target (criterion, item and
 * maybe tier, parameter, evidence, class, section, regulation) and does exactly one thing
 * (set, replace, add, remove), citing its article. An entry that does not say that is
 * reported and left out; the others are still read.
 */
final class ChangeReader {

    static final List<String> TARGETS = List.of("criterion", "item", "parameter", "evidence", "class", "section", "regulation");
    static final List<String> OPS = List.of("set", "replace", "add", "remove");
    private static final List<String> PLACES = List.of("in", "after", "before");

    private final Diagnostics diagnostics;

    private ChangeReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static List<ChangeSpec> read(List<YamlNode> entries, Diagnostics diagnostics) {
        ChangeReader reader = new ChangeReader(diagnostics);
        List<ChangeSpec> out = new ArrayList<>();
        for (YamlNode n : entries) {
            ChangeSpec c = reader.change(n);
            if (c != null) out.add(c);
        }
        return out;
    }

    private ChangeSpec change(YamlNode node) {
        Fields f = Fields.of(node, Word.of("change"), diagnostics);
        if (f == null) return null;
        String cite = f.text("cite", false);
        List<String> targets = TARGETS.stream().filter(k -> f.node(k) != null).toList();
        List<String> ops = OPS.stream().filter(k -> f.node(k) != null).toList();
        List<String> places = PLACES.stream().filter(k -> f.node(k) != null).toList();
        YamlNode tierNode = f.node("tier");
        f.rejectUnknown();

        boolean ok = true;
        if (targets.size() != 1) {
            diagnostics.add(Diagnostic.error("E-CHANGE-TARGET", f.pos(), listed(targets)));
            ok = false;
        } else if (tierNode != null && !targets.get(0).equals("item")) {
            diagnostics.add(Diagnostic.error("E-CHANGE-TIER-ITEM", f.keyPos("tier")));
            ok = false;
        }
        if (ops.size() != 1) {
            diagnostics.add(Diagnostic.error("E-CHANGE-OP", f.pos(), listed(ops)));
            ok = false;
        }
        if (places.size() > 1) {
            diagnostics.add(Diagnostic.error("E-CHANGE-PLACE-BOTH", f.keyPos(places.get(1)), places.get(0), places.get(1)));
            ok = false;
        }
        if (!ok) return null;

        String targetKey = targets.get(0);
        Amendment.Target target = target(f, targetKey, tierNode);
        if (target == null) return null;
        YamlNode named = tierNode != null ? tierNode : f.node(targetKey);
        // where the name itself starts (inside its quotes): a did-you-mean fix rewrites just the name
        SourcePos targetPos = named instanceof YamlNode.Scalar s ? s.textPos() : named.pos();

        String opKey = ops.get(0);
        Amendment.Op op = Amendment.Op.valueOf(opKey.toUpperCase(java.util.Locale.ROOT));
        YamlNode value = f.node(opKey);
        List<String> keys = List.of();
        if (op == Amendment.Op.SET) {
            if (!(value instanceof YamlNode.Mapping m)) {
                diagnostics.add(Fields.wrongType(value, "set", "mapping"));
                return null;
            }
            keys = List.copyOf(m.entries().keySet());
        } else if (op == Amendment.Op.REMOVE) {
            if (!(value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN && s.booleanValue())) {
                diagnostics.add(Fields.wrongType(value, "remove", "remove-true"));
                return null;
            }
            value = null;
        }

        ChangeSpec.Place place = ChangeSpec.Place.END;
        if (!places.isEmpty()) {
            String key = places.get(0);
            if (!placeable(key, target.kind(), op)) {
                diagnostics.add(Diagnostic.error("E-CHANGE-PLACE", f.keyPos(key), key));
                return null;
            }
            String where = f.text(key, true);
            if (where == null) return null;
            SourcePos pos = f.node(key).pos();
            place = switch (key) {
                case "in" -> new ChangeSpec.Place(where, null, null, pos);
                case "after" -> new ChangeSpec.Place(null, where, null, pos);
                default -> new ChangeSpec.Place(null, null, where, pos);
            };
        }
        if (cite == null) diagnostics.add(Diagnostic.warning("W-CHANGE-NO-CITE", f.pos()));
        return new ChangeSpec(new Amendment.Change(target, op, keys, cite, f.pos()), value, targetPos, place);
    }

    private Amendment.Target target(Fields f, String key, YamlNode tierNode) {
        if (key.equals("regulation")) {
            // "regulation:" with nothing after it (read as null or as empty text), or "regulation: true"
            YamlNode n = f.node(key);
            if (!(n instanceof YamlNode.Scalar s && (s.text().isBlank() || s.kind() == YamlNode.Scalar.Kind.BOOLEAN && s.booleanValue()))) {
                diagnostics.add(Fields.wrongType(n, key, "empty"));
                return null;
            }
            return new Amendment.Target(Amendment.Kind.REGULATION, null, null);
        }
        String id = f.text(key, true);
        if (id == null) return null;
        return switch (key) {
            case "criterion" -> new Amendment.Target(Amendment.Kind.CRITERION, id, null);
            case "parameter" -> new Amendment.Target(Amendment.Kind.PARAMETER, id, null);
            case "evidence" -> new Amendment.Target(Amendment.Kind.EVIDENCE, id, null);
            case "class" -> new Amendment.Target(Amendment.Kind.RATING_CLASS, id, null);
            case "section" -> {
                if (id.equals(RubricTree.BONUS)) yield new Amendment.Target(Amendment.Kind.BONUS, null, null);
                if (id.equals(RubricTree.DEDUCTIONS)) yield new Amendment.Target(Amendment.Kind.DEDUCTIONS, null, null);
                diagnostics.add(Diagnostic.error("E-CHANGE-SECTION", f.node(key).pos(), id));
                yield null;
            }
            default -> {
                if (tierNode == null) yield new Amendment.Target(Amendment.Kind.ITEM, id, null);
                String label = f.text("tier", true);
                yield label == null ? null : new Amendment.Target(Amendment.Kind.TIER, id, label);
            }
        };
    }

    /** {@code in:} places an added item; {@code after:} / {@code before:} an added item, tier, criterion, class, parameter or field. */
    private static boolean placeable(String key, Amendment.Kind kind, Amendment.Op op) {
        if (op != Amendment.Op.ADD) return false;
        if (key.equals("in")) return kind == Amendment.Kind.ITEM;
        return switch (kind) {
            case ITEM, TIER, CRITERION, RATING_CLASS, PARAMETER, EVIDENCE -> true;
            default -> false;
        };
    }

    /** The keys found, or the word for none. */
    private static Object listed(List<String> keys) {
        return keys.isEmpty() ? Word.of("nothing") : String.join(", ", keys);
    }
}
