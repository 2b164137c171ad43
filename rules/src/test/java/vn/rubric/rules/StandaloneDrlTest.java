package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.rules.engine.RuleBase;

/**
 * The DRL that `rubric compile` prints gives the whole result with Drools alone: no class of
 * ours is on the rules' side. Built here from the text only, as another system would, and
 * the results read from the unit facts themselves.
 */
class StandaloneDrlTest {

    @Test
    void theDrlAloneScoresEveryUnitOnceWithAllUnitsInOneSession() throws Exception {
        RuleBase ours = MiniPack.build();
        KieBase kb = DroolsAlone.kieBase(ours.pack());

        String pkg = ours.pack().compiled().packageName();
        FactType unitType = kb.getFactType(pkg, FactModel.UNIT);
        FactType totalType = kb.getFactType(pkg, FactModel.TOTAL);
        int n = 2_000;
        KieSession session = kb.newKieSession();
        // which rules fire for item 1.1 (their @item metadata), per unit: its tiers must exclude one another
        Map<String, Integer> tiersOf11 = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                if ("1.1".equals(event.getMatch().getRule().getMetaData().get("item"))) {
                    tiersOf11.merge((String) unitType.get(event.getMatch().getObjects().get(0), FactModel.UNIT_ID), 1, Integer::sum);
                }
            }
        });
        List<Object> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object fact = unitType.newInstance();
            unitType.set(fact, FactModel.UNIT_ID, "u" + i);
            MiniPack.unit(i).evidence().forEach((k, v) -> unitType.set(fact, k, v));
            session.insert(fact);
            units.add(fact);
        }
        session.fireAllRules();
        session.dispose();

        Map<String, Double> totals = new HashMap<>();
        Map<String, String> classes = new HashMap<>();
        for (Object fact : units) {
            String id = (String) unitType.get(fact, FactModel.UNIT_ID);
            Object total = unitType.get(fact, FactModel.UNIT_TOTAL);
            if (total == null) continue;
            totals.put(id, (Double) totalType.get(total, FactModel.TOTAL_POINTS));
            classes.put(id, (String) totalType.get(total, FactModel.TOTAL_RATING_CLASS));
        }
        assertEquals(n, tiersOf11.size());
        tiersOf11.forEach((unit, count) -> assertEquals(1, count, "exactly one tier of 1.1 for " + unit));
        for (int i = 0; i < n; i++) {
            assertEquals(MiniPack.expectedTotal(i), totals.get("u" + i), 1e-9, "total of u" + i);
            assertEquals(MiniPack.expectedClass(i), classes.get("u" + i), "class of u" + i);
        }
    }
}
