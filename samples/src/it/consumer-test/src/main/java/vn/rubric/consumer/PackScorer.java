package vn.rubric.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;

/**
 * Scores units with an exported rule pack, through the contract of docs/rule-pack.md and
 * nothing else: one {@code Unit} fact per unit in; its item results, subtotals and {@code Total}
 * (points, class, {@code Bar}s) read back from that same fact after firing.
 * It knows no class of Rubric Workbench; it is what a province's portal would write.
 *
 * <p>A pack with a quota (pack.json's {@code drools.populationType}) scores the units of one
 * session as a population when one {@code Population} fact is inserted beside them: the rules
 * rank them and apply the quota within the one {@code fireAllRules}, with no loop here. Without
 * it each unit is scored on its own, and a unit rated into a capped class has a {@code QuotaPending}.
 */
public final class PackScorer {

    /** One unit's results as the rules left them. {@code barred}: "class: reason" per bar. */
    public record UnitResult(String unitId, Map<String, Double> items, Map<String, Double> criteria,
                             double total, String ratingClass, List<String> barred, String quotaPending) {}

    private final KieBase kieBase;
    private final FactType unitType, totalType, barType;
    /** Declared only by a pack with a quota. */
    private final FactType populationType, pendingType;

    public PackScorer(KieBase kieBase, String packageName) {
        this.kieBase = kieBase;
        this.unitType = type(packageName, "Unit");
        this.totalType = type(packageName, "Total");
        this.barType = type(packageName, "Bar");
        this.populationType = kieBase.getFactType(packageName, "Population");
        this.pendingType = kieBase.getFactType(packageName, "QuotaPending");
    }

    private FactType type(String pkg, String name) {
        FactType t = kieBase.getFactType(pkg, name);
        if (t == null) throw new IllegalArgumentException("the pack declares no " + pkg + "." + name);
        return t;
    }

    /** The Java type of an evidence field of Unit (Integer, Double, Boolean, String), to type raw data by. */
    public Class<?> fieldType(String field) {
        var f = unitType.getField(field);
        if (f == null) throw new IllegalArgumentException("Unit has no field " + field);
        return f.getType();
    }

    /** Whether Unit has this field (a data file may hold columns the pack does not read). */
    public boolean hasField(String field) {
        return unitType.getField(field) != null;
    }

    /** Scores units as one population (the pack's quotas, if any, rank them among one another). */
    public Map<String, UnitResult> score(List<Map<String, Object>> units) throws ReflectiveOperationException {
        return score(units, true);
    }

    /**
     * Scores units, each a map of unit_id, unit_name and evidence fields (pack.json's names), typed;
     * all in one session. {@code asPopulation}: with one Population fact, so a quota applies among them.
     */
    @SuppressWarnings("unchecked")
    public Map<String, UnitResult> score(List<Map<String, Object>> units, boolean asPopulation) throws ReflectiveOperationException {
        KieSession session = kieBase.newKieSession();
        List<Object> facts = new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>();
        try {
            for (Map<String, Object> unit : units) {
                Object fact = unitType.newInstance();
                unit.forEach((field, value) -> unitType.set(fact, field, value));
                session.insert(fact);
                facts.add(fact);
            }
            if (asPopulation && populationType != null) session.insert(populationType.newInstance());
            session.fireAllRules();
            if (pendingType != null) {
                for (Object p : session.getObjects(o -> o.getClass() == pendingType.getFactClass())) {
                    pending.put((String) pendingType.get(p, "unit_id"), (String) pendingType.get(p, "ratingClass"));
                }
            }
        } finally {
            session.dispose();
        }
        Map<String, UnitResult> out = new LinkedHashMap<>();
        for (Object fact : facts) {
            String id = (String) unitType.get(fact, "unit_id");
            Map<String, Double> items = (Map<String, Double>) unitType.get(fact, "itemPoints");
            Map<String, Double> criteria = (Map<String, Double>) unitType.get(fact, "criterionPoints");
            Object total = unitType.get(fact, "total");
            List<String> b = new ArrayList<>();
            List<Object> barred = total == null ? null : (List<Object>) totalType.get(total, "barredFrom");
            if (barred != null) for (Object bar : barred) b.add(barType.get(bar, "ratingClass") + ": " + barType.get(bar, "reason"));
            b.sort(null);
            out.put(id, new UnitResult(id, items == null ? Map.of() : items, criteria == null ? Map.of() : criteria,
                    total == null ? Double.NaN : (Double) totalType.get(total, "points"),
                    total == null ? null : (String) totalType.get(total, "ratingClass"), b, pending.get(id)));
        }
        return out;
    }
}
