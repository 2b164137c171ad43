package vn.rubric.dsl.change;

import java.util.List;
import java.util.Map;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;

/** What comes before the sheet: the regulation's identity, its parameters, the evidence it reads. */
final class HeadChanges {

    private HeadChanges() {}

    static void compare(Rubric base, Rubric draft, Found found) {
        regulation(base.regulation(), draft.regulation(), found);
        parameters(base, draft, found);
        evidence(base.evidence(), draft.evidence(), found);
    }

    private static void regulation(Regulation b, Regulation d, Found found) {
        Target t = new Target(Kind.REGULATION, null, null);
        found.value(t, "id", b.id(), d.id());
        found.text(t, "title", b.title(), d.title());
        found.text(t, "authority", b.authority(), d.authority());
        found.text(t, "decision", b.decision(), d.decision());
        found.value(t, "decision-date", b.decisionDate(), d.decisionDate());
        found.value(t, "effective-from", b.effectiveFrom(), d.effectiveFrom());
        found.value(t, "effective-until", b.effectiveUntil(), d.effectiveUntil());
        found.value(t, "version", b.version(), d.version());
        found.text(t, "cite", b.cite(), d.cite());
        found.value(t, "total", b.total(), d.total());
    }

    private static void parameters(Rubric base, Rubric draft, Found found) {
        Map<String, Parameter> bp = base.parameters(), dp = draft.parameters();
        for (String name : InOrder.merge(List.copyOf(bp.keySet()), List.copyOf(dp.keySet()))) {
            Parameter b = bp.get(name), d = dp.get(name);
            Target t = new Target(Kind.PARAMETER, name, null);
            if (b == null) {
                found.added(t, null, d.value());
            } else if (d == null) {
                found.removed(t, null, b.value());
            } else {
                if (Double.compare(b.value(), d.value()) != 0) found.parameterValue(t, b.value(), d.value(), ParameterUses.of(draft, name));
                found.text(t, "label", b.label(), d.label());
            }
        }
    }

    private static void evidence(Map<String, EvidenceField> be, Map<String, EvidenceField> de, Found found) {
        for (String name : InOrder.merge(List.copyOf(be.keySet()), List.copyOf(de.keySet()))) {
            EvidenceField b = be.get(name), d = de.get(name);
            Target t = new Target(Kind.EVIDENCE, name, null);
            if (b == null) {
                found.added(t, null, d.label());
            } else if (d == null) {
                found.removed(t, null, b.label());
            } else {
                found.text(t, "label", b.label(), d.label());
                found.value(t, "type", b.type().word, d.type().word);
                found.value(t, "values", String.join(", ", b.values().keySet()), String.join(", ", d.values().keySet()));
                for (String v : d.values().keySet()) {
                    if (b.values().containsKey(v)) found.text(t, "values." + v, b.values().get(v), d.values().get(v));
                }
                found.value(t, "default", b.defaultValue(), d.defaultValue());
            }
        }
    }
}
