package vn.rubric.rules.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import vn.rubric.dsl.compile.QuotaCompiler;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.model.Rubric;

/**
 * The second step of scoring a population in chunks: the rules over all units scored together
 * (quotas on rating classes, compiled by {@link QuotaCompiler}), run on small facts. Each
 * unit's standing goes into one session with a {@code Population}; every unit over the highest
 * quota that excludes any gets a {@code QuotaExcluded} and is rated again with it (its points
 * stay), so its class's rating rule records the quota as a bar and the next class takes it. A
 * unit that falls may fill the next class's quota, so this repeats, a class a round, until no
 * unit moves: the classes one session of all units gives ({@link Scorer#scoreInOneSession}).
 */
final class PopulationRules {

    private final Scorer scorer;
    private final KieBase kieBase;
    private final FactType standingType, populationType;
    private final Class<?> excludedClass;
    private final FactField standingUnit, standingClass, standingTotal, standingPoints;
    private final FactField excludedUnit, excludedRatingClass;
    private final Rubric rubric;
    private final int classes;
    /** The criterion and item ids the quotas break ties on: all a standing needs of a unit's points. */
    private final Set<String> tieBreaks = new HashSet<>();

    PopulationRules(Scorer scorer, Rubric rubric, KieBase kieBase, String pkg) {
        this.scorer = scorer;
        this.classes = rubric.rating().size();
        this.kieBase = kieBase;
        this.standingType = kieBase.getFactType(pkg, QuotaCompiler.STANDING);
        this.populationType = kieBase.getFactType(pkg, QuotaCompiler.POPULATION);
        FactType excluded = kieBase.getFactType(pkg, QuotaCompiler.EXCLUDED);
        this.excludedClass = excluded.getFactClass();
        this.standingUnit = standingType.getField(QuotaCompiler.UNIT_ID);
        this.standingClass = standingType.getField(QuotaCompiler.RATING_CLASS);
        this.standingTotal = standingType.getField(QuotaCompiler.STANDING_TOTAL);
        this.standingPoints = standingType.getField(QuotaCompiler.STANDING_POINTS);
        this.excludedUnit = excluded.getField(QuotaCompiler.UNIT_ID);
        this.excludedRatingClass = excluded.getField(QuotaCompiler.RATING_CLASS);
        this.rubric = rubric;
        rubric.rating().stream().filter(c -> c.quota() != null).forEach(c -> {
            tieBreaks.addAll(c.quota().tieBreak());
        });
    }

    /** Applies the quotas to the scored units (null: not scored completely), replacing the sheets of the units they move down. */
    void apply(ScoreSheet[] sheets) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sheets.length; i++) if (sheets[i] != null) indexOf.put(sheets[i].unit().id(), i);
        Map<String, List<Object>> excluded = new HashMap<>();
        // each round settles one capped class, from the top; a settled class never takes units in again
        for (int round = 0; round <= classes; round++) {
            // a unit over a class's quota stands in that class, so it was never excluded from it before
            Set<Integer> moved = new TreeSet<>();
            for (Object x : highestClassOnly(excludedNow(sheets))) {
                String unitId = (String) excludedUnit.get(x);
                excluded.computeIfAbsent(unitId, k -> new ArrayList<>()).add(x);
                moved.add(indexOf.get(unitId));
            }
            if (moved.isEmpty()) return;
            ScoreSheet[] rerated = scorer.rerate(moved.stream().map(i -> sheets[i]).toList(), excluded);
            int k = 0;
            for (int i : moved) sheets[i] = rerated[k++];
        }
        throw new IllegalStateException("the quotas did not settle after " + (classes + 1) + " rounds");
    }

    /**
     * The exclusions from the highest capped class that has any: a lower class's quota is
     * applied once the units that fall from above are in it, as in one session of all units,
     * where the quota rules fire highest class first, each after the fall before it.
     */
    private List<Object> highestClassOnly(List<Object> excluded) {
        int highest = Integer.MAX_VALUE;
        for (Object x : excluded) highest = Math.min(highest, classIndex((String) excludedRatingClass.get(x)));
        List<Object> out = new ArrayList<>();
        for (Object x : excluded) if (classIndex((String) excludedRatingClass.get(x)) == highest) out.add(x);
        return out;
    }

    private int classIndex(String name) {
        for (int i = 0; i < rubric.rating().size(); i++) if (rubric.rating().get(i).name().equals(name)) return i;
        return Integer.MAX_VALUE;
    }

    /** The QuotaExcluded facts the population rules give the units' current standings. */
    private List<Object> excludedNow(ScoreSheet[] sheets) {
        KieSession session = kieBase.newKieSession();
        try {
            int size = 0;
            for (ScoreSheet s : sheets) {
                if (s == null) continue;
                session.insert(standing(s));
                size++;
            }
            // the rules count the standings: the population is the units rated
            session.insert(Scorer.newFact(populationType));
            FiringLimit limit = FiringLimit.on(session, size, fact -> null);
            session.fireAllRules();
            if (limit.exceeded() != null) throw new Scorer.RulesLooped(scorer.looped(limit.exceeded(), List.of()));
            return new ArrayList<>(session.getObjects(o -> o.getClass() == excludedClass));
        } finally {
            session.dispose();
        }
    }

    private Object standing(ScoreSheet s) {
        Object fact = Scorer.newFact(standingType);
        standingUnit.set(fact, s.unit().id());
        standingClass.set(fact, s.ratingClass());
        standingTotal.set(fact, s.total());
        Map<String, Double> points = new HashMap<>();
        for (String id : tieBreaks) {
            ScoreSheet.Subtotal c = s.criterion(id);
            ScoreSheet.ItemLine i = c == null ? s.item(id) : null;
            if (c != null || i != null) points.put(id, c != null ? c.points() : i.points());
        }
        standingPoints.set(fact, points);
        return fact;
    }
}
