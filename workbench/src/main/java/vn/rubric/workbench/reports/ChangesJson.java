package vn.rubric.workbench.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Rounding;
import vn.rubric.workbench.simulate.Reason;

/**
 * Regulation changes and movers' reasons as JSON values, in the shape docs/simulate.md
 * documents (the same in {@code changes@1} and {@code diff@2}): names in lower case with
 * hyphens, as the rubric writes its keys; values as numbers, text or small objects.
 */
final class ChangesJson {

    private ChangesJson() {}

    static List<Map<String, Object>> changes(List<RegulationChange> changes) {
        return changes.stream().map(ChangesJson::change).toList();
    }

    private static Map<String, Object> change(RegulationChange c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", word(c.kind().name()));
        out.put("target", target(c.target()));
        out.put("key", c.key());
        out.put("before", value(c.before()));
        out.put("after", value(c.after()));
        out.put("words", c.words().stream().map(p -> {
            Map<String, Object> piece = new LinkedHashMap<>();
            piece.put("op", word(p.op().name()));
            piece.put("text", p.text());
            return piece;
        }).toList());
        out.put("moves", c.moves().stream().map(ChangesJson::target).toList());
        out.put("cite", c.cite());
        return out;
    }

    private static Map<String, Object> target(Amendment.Target t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", word(t.kind().name()));
        out.put("id", t.id());
        out.put("tier", t.tier());
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof RegulationChange.Amount a) return amount(a);
        if (v instanceof RegulationChange.TierRule t) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("label", t.label());
            out.put("when", t.when());
            out.put("points", amount(t.points()));
            return out;
        }
        if (v instanceof RegulationChange.Method m) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("kind", m.kind());
            out.put("text", m.text());
            return out;
        }
        if (v instanceof Rounding r) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("roundTo", r.step());
            out.put("mode", word(r.mode().name()));
            return out;
        }
        return v;
    }

    private static Map<String, Object> amount(RegulationChange.Amount a) {
        if (a == null) return null;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", a.value());
        out.put("parameter", a.parameter());
        return out;
    }

    static List<Map<String, Object>> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("kind", word(r.kind().name()));
            out.put("id", r.id());
            out.put("text", r.text());
            out.put("before", r.before());
            out.put("after", r.after());
            out.put("cite", r.cite());
            return out;
        }).toList();
    }

    /** RATING_CLASS → rating-class. */
    private static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
