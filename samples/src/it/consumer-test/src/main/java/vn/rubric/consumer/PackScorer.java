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
 * nothing else: one {@code Evidence} fact per unit in, {@code ItemScore}, {@code Subtotal},
 * {@code Total}, {@code Rating} and {@code Barred} facts out, all joined by {@code unitId}.
 * It knows no class of Rubric Workbench; it is what a province's portal would write.
 */
public final class PackScorer {

    /** One unit's results as the rules left them. {@code barred}: "class: reason" per bar. */
    public record UnitResult(String unitId, Map<String, Double> items, Map<String, Double> criteria,
                             double total, String ratingClass, List<String> barred) {}

    private final KieBase kieBase;
    private final FactType evidence, itemScore, subtotal, total, rating, barredType;

    public PackScorer(KieBase kieBase, String packageName) {
        this.kieBase = kieBase;
        this.evidence = type(packageName, "Evidence");
        this.itemScore = type(packageName, "ItemScore");
        this.subtotal = type(packageName, "Subtotal");
        this.total = type(packageName, "Total");
        this.rating = type(packageName, "Rating");
        this.barredType = type(packageName, "Barred");
    }

    private FactType type(String pkg, String name) {
        FactType t = kieBase.getFactType(pkg, name);
        if (t == null) throw new IllegalArgumentException("the pack declares no " + pkg + "." + name);
        return t;
    }

    /** The Java type of an Evidence field (int, double, boolean, String), to type raw data by. */
    public Class<?> fieldType(String field) {
        var f = evidence.getField(field);
        if (f == null) throw new IllegalArgumentException("Evidence has no field " + field);
        return f.getType();
    }

    /** Scores units, each a map of unitId, unitName and every evidence field, typed; all in one session. */
    public Map<String, UnitResult> score(List<Map<String, Object>> units) throws ReflectiveOperationException {
        KieSession session = kieBase.newKieSession();
        Map<String, Object> totals = new LinkedHashMap<>(), ratings = new LinkedHashMap<>();
        Map<String, Map<String, Double>> items = new LinkedHashMap<>(), criteria = new LinkedHashMap<>();
        Map<String, List<String>> bars = new LinkedHashMap<>();
        try {
            for (Map<String, Object> unit : units) {
                Object fact = evidence.newInstance();
                unit.forEach((field, value) -> evidence.set(fact, field, value));
                session.insert(fact);
            }
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                if (itemScore.getFactClass().isInstance(o)) {
                    items.computeIfAbsent((String) itemScore.get(o, "unitId"), k -> new LinkedHashMap<>())
                            .put((String) itemScore.get(o, "itemId"), (Double) itemScore.get(o, "points"));
                } else if (subtotal.getFactClass().isInstance(o) && "criterion".equals(subtotal.get(o, "section"))) {
                    criteria.computeIfAbsent((String) subtotal.get(o, "unitId"), k -> new LinkedHashMap<>())
                            .put((String) subtotal.get(o, "id"), (Double) subtotal.get(o, "points"));
                } else if (total.getFactClass().isInstance(o)) {
                    totals.put((String) total.get(o, "unitId"), total.get(o, "points"));
                } else if (rating.getFactClass().isInstance(o)) {
                    ratings.put((String) rating.get(o, "unitId"), rating.get(o, "ratingClass"));
                } else if (barredType.getFactClass().isInstance(o)) {
                    bars.computeIfAbsent((String) barredType.get(o, "unitId"), k -> new ArrayList<>())
                            .add(barredType.get(o, "ratingClass") + ": " + barredType.get(o, "reason"));
                }
            }
        } finally {
            session.dispose();
        }
        Map<String, UnitResult> out = new LinkedHashMap<>();
        for (Map<String, Object> unit : units) {
            String id = (String) unit.get("unitId");
            List<String> b = new ArrayList<>(bars.getOrDefault(id, List.of()));
            b.sort(null);
            out.put(id, new UnitResult(id, items.getOrDefault(id, Map.of()), criteria.getOrDefault(id, Map.of()),
                    totals.containsKey(id) ? (Double) totals.get(id) : Double.NaN, (String) ratings.get(id), b));
        }
        return out;
    }
}
