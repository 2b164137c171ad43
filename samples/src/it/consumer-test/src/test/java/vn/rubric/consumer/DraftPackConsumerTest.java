package vn.rubric.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.consumer.ExportedPackConsumerTest.JSON;
import static vn.rubric.consumer.ExportedPackConsumerTest.property;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;

/**
 * The exported draft, whose top class has a quota (at most 20% of the units rated together),
 * used with Drools alone, loaded from its jar file: all 250 sample units and one
 * {@code Population} fact in one session, one {@code fireAllRules}, and every unit's points,
 * class and bars (the quota's among them, with the unit's place) are what {@code rubric score}
 * gives; without the Population each unit is scored on its own, as
 * {@code rubric score --scoring individual} does, with the quota pending.
 */
class DraftPackConsumerTest {

    static final String PACKAGE = "rubric.hung_yen_draft";
    static final String TOP = "Hoàn thành xuất sắc nhiệm vụ";
    static PackScorer scorer;
    static JsonNode packJson;
    static List<Map<String, Object>> units;

    @BeforeAll
    static void load() throws Exception {
        File jar = new File(property("draft.jar"));
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newFileSystemResource(jar));
        KieBase kb = ks.newKieContainer(module.getReleaseId()).getKieBase("rubric");
        assertNotNull(kb);
        scorer = new PackScorer(kb, PACKAGE);
        try (JarFile j = new JarFile(jar); InputStream in = j.getInputStream(j.getEntry(ExportedPackConsumerTest.PACK_JSON))) {
            packJson = JSON.readTree(in);
        }
        units = ExportedPackConsumerTest.units(scorer, packJson, Path.of(property("draft.units.csv")));
        assertEquals(250, units.size());
    }

    @Test
    void packJsonDeclaresTheQuotaAndTheTypesOfThePopulationRules() {
        JsonNode quota = packJson.get("rating").get(0).get("quota");
        assertEquals(TOP, packJson.get("rating").get(0).get("class").asText());
        assertEquals(20, quota.get("atMostPercent").asDouble(), 1e-9);
        assertEquals("down", quota.get("rounding").asText());
        assertEquals("[\"4\",\"5\"]", quota.get("tieBreak").toString());
        assertEquals("Điều 1, khoản 4", quota.get("citation").asText());
        assertEquals("Population", packJson.get("drools").get("populationType").asText());
        String types = packJson.get("drools").get("resultTypes").toString();
        for (String t : List.of("Unit", "Total", "Bar", "Standing", "Population", "QuotaExcluded", "QuotaPending")) {
            assertTrue(types.contains("\"" + t + "\""), types);
        }
    }

    @Test
    void allUnitsAndAPopulationInOneSessionGetTheQuotaFromTheRulesAlone() throws Exception {
        Map<String, PackScorer.UnitResult> actual = scorer.score(units, true);
        ExportedPackConsumerTest.agreesWithTheWorkbench(actual, Path.of(property("draft.expected.scores")));
        long top = actual.values().stream().filter(r -> TOP.equals(r.ratingClass())).count();
        assertEquals(50, top, "20% of 250 units");
        assertTrue(actual.values().stream().allMatch(r -> r.quotaPending() == null));
    }

    @Test
    void withoutAPopulationEachUnitIsScoredOnItsOwnWithTheQuotaPending() throws Exception {
        Map<String, PackScorer.UnitResult> actual = scorer.score(units, false);
        ExportedPackConsumerTest.agreesWithTheWorkbench(actual, Path.of(property("draft.expected.individual")));
        for (PackScorer.UnitResult r : actual.values()) {
            if (TOP.equals(r.ratingClass())) assertEquals(TOP, r.quotaPending(), r.unitId());
            else assertNull(r.quotaPending(), r.unitId());
        }
        for (JsonNode u : JSON.readTree(new File(property("draft.expected.individual"))).get("units")) {
            String id = u.get("unit").get("id").asText();
            assertEquals(u.has("quotaPending") ? u.get("quotaPending").get("class").asText() : null, actual.get(id).quotaPending(), id);
        }
        assertTrue(actual.values().stream().filter(r -> TOP.equals(r.ratingClass())).count() > 50);
    }
}
