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
 * The second step of scoring a population: the rules over all units scored together (quotas
 * on rating classes, compiled by {@link QuotaCompiler}). Each unit's standing goes into one
 * session; every unit over a quota gets a {@code QuotaExcluded} and is rated again with it
 * (its points stay), so its class's rating rule records the quota as a bar and the next class
 * takes it. A unit that falls may fill the next class's quota, so this repeats until no unit
 * moves.
 */
final class PopulationRules {

    private final Scorer scorer;
    private final KieBase kieBase;
    private final FactType standingType, populationType;
    private final Class<?> excludedClass;
    private final FactField standingUnit, standingClass, standingTotal, standingPoints, populationSize;
    private final FactField excludedUnit;
    private final int classes;
    /** The criterion and item ids the quotas break ties on: all a standing needs of a unit's points. */
    private final Set<String> tieBreaks = new HashSet<>();
    /** The classes with a quota. */
    private final Set<String> capped = new HashSet<>();

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
        this.populationSize = populationType.getField(QuotaCompiler.POPULATION_SIZE);
        this.excludedUnit = excluded.getField(QuotaCompiler.UNIT_ID);
        rubric.rating().stream().filter(c -> c.quota() != null).forEach(c -> {
            capped.add(c.name());
            tieBreaks.addAll(c.quota().tieBreak());
        });
    }

    /** Applies the quotas to the scored units (null: not scored completely), replacing the sheets of the units they move down. */
    void apply(ScoreSheet[] sheets) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sheets.length; i++) if (sheets[i] != null) indexOf.put(sheets[i].unit().id(), i);
        Map<String, List<Object>> excluded = new HashMap<>();
        // each round moves units at least one class down, so there are at most as many as classes
        for (int round = 0; round <= classes; round++) {
            // a unit over a class's quota stands in that class, so it was never excluded from it before
            Set<Integer> moved = new TreeSet<>();
            for (Object x : excludedNow(sheets)) {
                String unitId = (String) excludedUnit.get(x);
                excluded.computeIfAbsent(unitId, k -> new ArrayList<>()).add(x);
                moved.add(indexOf.get(unitId));
            }
            if (moved.isEmpty()) return;
            ScoreSheet[] rerated = scorer.rerate(moved.stream().map(i -> sheets[i]).toList(), excluded);
            int k = 0;
            boolean intoCapped = false;
            for (int i : moved) {
                sheets[i] = rerated[k++];
                intoCapped |= capped.contains(sheets[i].ratingClass());
            }
            // only a capped class that took in units can have new units over its quota
            if (!intoCapped) return;
        }
        throw new IllegalStateException("the quotas did not settle after " + (classes + 1) + " rounds");
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
            Object population = Scorer.newFact(populationType);
            populationSize.set(population, size);
            session.insert(population);
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
