package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.rules.pack.PackLoader;

/**
 * The Hưng Yên draft is 02/2020 with exactly the changes it declares (3.8, 5.2, a bonus, a
 * quota on the top class, the fields and parameters they read, its identity), so a comparison of the two on the same units shows only
 * the effect of those changes.
 */
class HungYenDraftTest {

    static final Path BASE = HungYenAcceptanceTest.PACK;
    static final Path DRAFT = Path.of("hung-yen-draft");
    static final Set<String> CHANGED_ITEMS = Set.of("3.8", "5.2", "T.1");

    @Test
    void apartFromTheDeclaredChangesTheRubricIsTheSameText() {
        Map<String, Object> base = plain(BASE.resolve("rubric.yaml"));
        Map<String, Object> draft = plain(DRAFT.resolve("rubric.yaml"));
        for (Map<String, Object> rubric : List.of(base, draft)) {
            rubric.remove("regulation");
            rubric.remove("bonus");
            map(rubric, "parameters").keySet().removeAll(Set.of("sipas_full_pct", "sipas_zero_pct", "top_class_quota"));
            asMap(list(rubric, "rating").get(0)).remove("quota");
            map(rubric, "evidence").keySet().removeAll(Set.of("a_3_8_sipas", "sipas_satisfaction_pct", "online_dialogue_channel"));
            for (Object c : list(rubric, "criteria")) {
                list(asMap(c), "items").removeIf(i -> asMap(i).get("id").equals("3.8"));
                for (Object i : list(asMap(c), "items")) {
                    if (!asMap(i).get("id").equals("5.2")) continue;
                    asMap(i).remove("cite");
                    list(asMap(i), "pick-one").forEach(t -> { if (asMap(t).get("label").equals("kiểm điểm, phê bình")) asMap(t).remove("points"); });
                }
            }
        }
        List<String> differences = new ArrayList<>();
        differences("", base, draft, differences);
        assertEquals(List.of(), differences, "parts of the draft that differ from 02/2020 but are not declared as changes");
    }

    @Test
    void theChangesAreTheOnesDeclared() {
        Rubric base = PackLoader.load(BASE).pack().rubric();
        Rubric draft = PackLoader.load(DRAFT).pack().rubric();
        Regulation r = draft.regulation();
        assertEquals(base.regulation().title(), r.title());
        assertTrue(r.decision().startsWith("Dự thảo"), r.decision());
        assertNull(r.decisionDate());
        assertNull(r.effectiveFrom());
        assertNull(r.effectiveUntil());

        assertInstanceOf(Scoring.Assessed.class, base.item("3.8").orElseThrow().scoring());
        assertInstanceOf(Scoring.Formula.class, draft.item("3.8").orElseThrow().scoring());
        assertEquals(2.0, reproved(base));
        assertEquals(1.0, reproved(draft));
        assertNull(base.bonus());
        assertNotNull(draft.bonus());
        // a field with a default that last year's data does not have
        assertEquals(Boolean.FALSE, draft.evidence().get("online_dialogue_channel").defaultValue());
        assertNull(draft.evidence().get("sipas_satisfaction_pct").defaultValue());
        assertNull(base.rating().get(0).quota());
        assertEquals(20.0, draft.parameters().get(draft.rating().get(0).quota().percent().parameter()).value());
    }

    /** Both packs' sample data hold the same units; scored, every item outside the changes gives the same points. */
    @Test
    void onTheSameUnitsOnlyTheChangedItemsScoreDifferently() throws Exception {
        Map<String, JsonNode> base = unitsById(BASE);
        Map<String, JsonNode> draft = unitsById(DRAFT);
        assertEquals(base.keySet(), draft.keySet());
        int changedUnits = 0;
        for (String id : base.keySet()) {
            Map<String, Double> b = items(base.get(id));
            Map<String, Double> d = items(draft.get(id));
            for (var e : b.entrySet()) {
                if (!CHANGED_ITEMS.contains(e.getKey())) assertEquals(e.getValue(), d.get(e.getKey()), 1e-9, id + " item " + e.getKey());
            }
            double delta = 0;
            for (String item : CHANGED_ITEMS) delta += d.getOrDefault(item, 0.0) - b.getOrDefault(item, 0.0);
            assertEquals(draft.get(id).get("total").asDouble() - base.get(id).get("total").asDouble(), delta, 1e-9, id);
            if (delta != 0) changedUnits++;
        }
        assertTrue(changedUnits > 0, "the sample data shows no effect of the draft");
    }

    private static double reproved(Rubric rubric) {
        Scoring.PickOne tiers = (Scoring.PickOne) rubric.item("5.2").orElseThrow().scoring();
        return tiers.tiers().stream().filter(t -> t.label().equals("kiểm điểm, phê bình")).mapToDouble(t -> t.points().value()).findFirst().orElseThrow();
    }

    private static Map<String, JsonNode> unitsById(Path pack) throws Exception {
        String[] r = SamplePacksTest.cli("score", pack.toString(), "--format", "json");
        assertEquals("0", r[0], r[2]);
        Map<String, JsonNode> units = new LinkedHashMap<>();
        new ObjectMapper().readTree(r[1]).get("units").forEach(u -> units.put(u.at("/unit/id").asText(), u));
        return units;
    }

    private static Map<String, Double> items(JsonNode unit) {
        Map<String, Double> points = new HashMap<>();
        unit.get("items").forEach(i -> points.put(i.get("id").asText(), i.get("points").asDouble()));
        return points;
    }

    /** The YAML file as maps, lists and scalar texts, without positions, so two files compare by content. */
    private static Map<String, Object> plain(Path file) {
        Diagnostics problems = new Diagnostics();
        YamlNode root = YamlReader.read(file, problems);
        assertEquals(List.of(), problems.all());
        return asMap(plain(root));
    }

    private static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return s.text();
        if (node instanceof YamlNode.Sequence s) return new ArrayList<>(s.items().stream().map(HungYenDraftTest::plain).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        ((YamlNode.Mapping) node).entries().forEach((k, e) -> out.put(k, plain(e.value())));
        return out;
    }

    /** Where two plain YAML trees differ, as paths like {@code criteria[3].items[1].pick-one[0].points: 7 ≠ 6}. */
    private static void differences(String path, Object a, Object b, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Set<Object> keys = new java.util.LinkedHashSet<>(ma.keySet());
            keys.addAll(mb.keySet());
            for (Object k : keys) differences(path + (path.isEmpty() ? "" : ".") + k, ma.get(k), mb.get(k), out);
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
                differences(path + "[" + i + "]", i < la.size() ? la.get(i) : null, i < lb.size() ? lb.get(i) : null, out);
            }
        } else if (!java.util.Objects.equals(a, b)) {
            out.add(path + ": " + a + " ≠ " + b);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return asMap(m.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> m, String key) {
        return (List<Object>) m.get(key);
    }
}
