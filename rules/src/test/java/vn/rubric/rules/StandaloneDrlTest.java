package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.rules.engine.RuleBase;

/**
 * The DRL that `rubric compile` prints gives the whole result with Drools alone: no class of
 * ours is on the rules' side. Built here from the text only, as another system would.
 */
class StandaloneDrlTest {

    @Test
    void theDrlAloneScoresEveryUnitOnceWithAllUnitsInOneSession() throws Exception {
        RuleBase ours = MiniPack.build();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        RuleBase.sources(ours.pack()).forEach((path, text) -> kfs.write(path,
                ks.getResources().newByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "UTF-8").setResourceType(ResourceType.DRL)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        assertEquals(0, builder.getResults().getMessages(Message.Level.ERROR).size(), builder.getResults().toString());
        KieBase kb = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();

        String pkg = ours.pack().compiled().packageName();
        FactType evidence = kb.getFactType(pkg, FactModel.EVIDENCE);
        FactType itemScore = kb.getFactType(pkg, FactModel.ITEM_SCORE);
        FactType total = kb.getFactType(pkg, FactModel.TOTAL);
        FactType rating = kb.getFactType(pkg, FactModel.RATING);
        int n = 2_000;
        KieSession session = kb.newKieSession();
        for (int i = 0; i < n; i++) {
            Object fact = evidence.newInstance();
            evidence.set(fact, "unitId", "u" + i);
            MiniPack.unit(i).evidence().forEach((k, v) -> evidence.set(fact, k, v));
            session.insert(fact);
        }
        session.fireAllRules();

        Map<String, Integer> tiersOf11 = new HashMap<>();
        Map<String, Double> totals = new HashMap<>();
        Map<String, String> classes = new HashMap<>();
        for (Object o : session.getObjects()) {
            if (itemScore.getFactClass().isInstance(o) && "1.1".equals(itemScore.get(o, "itemId"))) {
                tiersOf11.merge((String) itemScore.get(o, "unitId"), 1, Integer::sum);
            } else if (total.getFactClass().isInstance(o)) {
                totals.put((String) total.get(o, "unitId"), (Double) total.get(o, "points"));
            } else if (rating.getFactClass().isInstance(o)) {
                classes.put((String) rating.get(o, "unitId"), (String) rating.get(o, "ratingClass"));
            }
        }
        session.dispose();
        assertEquals(n, tiersOf11.size());
        tiersOf11.forEach((unit, count) -> assertEquals(1, count, "exactly one tier of 1.1 for " + unit));
        for (int i = 0; i < n; i++) {
            assertEquals(MiniPack.expectedTotal(i), totals.get("u" + i), 1e-9, "total of u" + i);
            assertEquals(MiniPack.expectedClass(i), classes.get("u" + i), "class of u" + i);
        }
    }
}
