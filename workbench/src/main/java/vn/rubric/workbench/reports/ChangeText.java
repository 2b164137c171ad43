package vn.rubric.workbench.reports;

import java.text.DecimalFormat;
import java.util.List;
import java.util.stream.Collectors;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.WordDiff;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Rounding;
import vn.rubric.workbench.simulate.Reason;

/**
 * A regulation change, or a reason a unit changed class, in the user's language: "nội dung
 * 5.2, mức "kiểm điểm, phê bình": điểm 2 → 1 (Điều 1, khoản 2)". Every report format words
 * them alike; a format that can mark the words of a reworded text (HTML, XLSX) takes the
 * line's {@link #head} and marks the {@link RegulationChange#words()} itself.
 */
public final class ChangeText {

    private final Messages text;
    private final DecimalFormat n;

    public ChangeText(Messages text) {
        this.text = text;
        this.n = TextLayout.points(text.locale());
    }

    /** The whole line, with the reworded words marked as text: {@code [-removed-]{+added+}}. */
    public String line(RegulationChange c) {
        return what(c) + tail(c);
    }

    /** The line without what follows it (what a parameter moves, the article). */
    String what(RegulationChange c) {
        return c.words().isEmpty() ? body(c) : head(c) + " " + marked(c.words());
    }

    /** What a reworded text is: "nội dung 1.1: tên:", to be followed by its words, marked. */
    String head(RegulationChange c) {
        return text.get("change.reworded", target(c.target()), key(c.key()));
    }

    /** What the parameter moves and the article, as they follow the line (each with a leading space; empty when none). */
    String tail(RegulationChange c) {
        return moves(c) + cite(c.cite());
    }

    private String body(RegulationChange c) {
        String target = target(c.target());
        return switch (c.kind()) {
            // a part added or removed with nothing to show (an evidence field without a label, a fallback class) is named alone
            case ADDED -> c.key() != null ? text.get("change.key-added", target, key(c.key()), value(c, c.after()))
                    : c.after() == null ? text.get("change.added-alone", target) : text.get("change.added", target, value(c, c.after()));
            case REMOVED -> c.key() != null ? text.get("change.key-removed", target, key(c.key()), value(c, c.before()))
                    : c.before() == null ? text.get("change.removed-alone", target) : text.get("change.removed", target, value(c, c.before()));
            case CHANGED -> text.get("change.changed", target, key(c.key()), value(c, c.before()), value(c, c.after()));
        };
    }

    String target(Amendment.Target t) {
        return switch (t.kind()) {
            case TIER -> text.get("target.TIER", t.id(), t.tier());
            case REGULATION, BONUS, DEDUCTIONS -> text.get("target." + t.kind());
            default -> text.get("target." + t.kind(), t.id());
        };
    }

    private String key(String key) {
        if (key != null && key.startsWith("values.")) return text.get("change.key.enum-label", key.substring("values.".length()));
        return text.get("change.key." + key);
    }

    /** A value as the report prints it; what a number means depends on what changed. */
    String value(RegulationChange c, Object v) {
        // no condition, no minimum: the tier or class that takes the units no other takes
        if (v == null) return "when".equals(c.key()) || "min".equals(c.key()) ? text.get("change.otherwise") : "—";
        Amendment.Kind target = c.target().kind();
        if (v instanceof RegulationChange.Amount a) {
            if ("quota".equals(c.topKey())) return amount(a, text.get("change.percent", n.format(a.value())));
            String amount = amount(a);
            if (target == Amendment.Kind.RATING_CLASS && c.key() == null) return text.get("change.class-min", amount);
            return amount;
        }
        if (v instanceof Double x) {
            if ((target == Amendment.Kind.BONUS || target == Amendment.Kind.DEDUCTIONS) && c.key() == null) return text.get("change.section-max", n.format(x));
            return n.format(x);
        }
        if (v instanceof Boolean b) return text.get(b ? "change.yes" : "change.no");
        if (v instanceof RegulationChange.TierRule t) {
            return t.when() == null ? text.get("change.tier-otherwise", amount(t.points())) : text.get("change.tier-when", t.when(), amount(t.points()));
        }
        if (v instanceof RegulationChange.Method m) return text.get("change.method." + m.kind(), m.text());
        if (v instanceof Rounding r) return r.step() <= 0 ? text.get("change.rounding.none") : text.get("change.rounding." + r.mode(), n.format(r.step()));
        if ("criterion".equals(c.key()) && ("bonus".equals(v) || "deductions".equals(v))) return text.get("target." + ("bonus".equals(v) ? "BONUS" : "DEDUCTIONS"));
        return String.valueOf(v);
    }

    private String amount(RegulationChange.Amount a) {
        return a == null ? text.get("change.otherwise") : amount(a, n.format(a.value()));
    }

    /** The value as shown, then the parameter it is written as: "90 (top_class_min)", "20% (top_class_quota)". */
    private String amount(RegulationChange.Amount a, String shown) {
        return a.parameter() == null ? shown : text.get("change.amount-parameter", shown, a.parameter());
    }

    /** What a changed parameter moves, with a leading space; empty for any other change. */
    String moves(RegulationChange c) {
        if (c.moves().isEmpty()) return "";
        return " " + text.get("change.moves", c.moves().stream().map(this::target).collect(Collectors.joining("; ")));
    }

    /** The article in brackets after a line, or nothing. */
    String cite(String cite) {
        return cite == null ? "" : " " + text.get("change.cite", cite);
    }

    /** The words as plain text: removed ones in {@code [-…-]}, added ones in {@code {+…+}}, the space after a piece outside its marks. */
    static String marked(List<WordDiff.Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            String words = p.text().stripTrailing(), space = p.text().substring(words.length());
            out.append(switch (p.op()) {
                case SAME -> words;
                case REMOVED -> "[-" + words + "-]";
                case ADDED -> "{+" + words + "+}";
            }).append(space);
        }
        return out.toString().strip();
    }

    /** A reason a unit changed class, with the article of the change behind it. */
    public String reason(Reason r) {
        return why(r) + cite(r.cite());
    }

    /** A reason without its article. */
    String why(Reason r) {
        return switch (r.kind()) {
            case ITEM_POINTS -> text.get("reason.item", r.id(), n.format(r.before()), n.format(r.after()));
            case ITEM_REMOVED -> text.get("reason.item-removed", r.id(), n.format(r.before()));
            case ITEM_ADDED -> text.get("reason.item-added", r.id(), n.format(r.after()));
            case UNDER_NEW_MIN -> text.get("reason.under-new-min", r.id(), n.format(r.before()), n.format(r.after()));
            case OVER_NEW_MIN -> text.get("reason.over-new-min", r.id(), n.format(r.before()), n.format(r.after()));
            case BARRED -> text.get("sheet.barred", r.id(), r.text());
            case BAR_LIFTED -> text.get("reason.bar-lifted", r.id(), r.text());
        };
    }
}
