package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.simulate.Comparison;

/**
 * The Hưng Yên draft is an amending pack of 02/2020: it writes only its changes (3.8, 5.2, a
 * bonus, a quota on the top class, the fields and parameters they read, its identity), so a
 * comparison of the two on the same units shows only the effect of those changes.
 */
class HungYenDraftTest {

    static final Path BASE = HungYenAcceptanceTest.PACK;
    static final Path DRAFT = Path.of("hung-yen-draft");
    static final Path UNITS_2024 = Path.of("data", "hung-yen-2024-units.csv");
    static final Set<String> CHANGED_ITEMS = Set.of("3.8", "5.2", "T.1");

    @Test
    void itIsAnAmendingPackOfLessThanAThirdOfTheBasesLines() throws IOException {
        Rubric draft = PackLoader.load(DRAFT).pack().rubric();
        assertTrue(draft.isAmending());
        assertEquals(BASE.resolve(RulePack.RUBRIC_FILE), draft.amendment().baseFile());
        assertEquals("hung-yen-02-2020", draft.amendment().baseId());
        long draftLines = lines(DRAFT.resolve(RulePack.RUBRIC_FILE));
        long baseLines = lines(BASE.resolve(RulePack.RUBRIC_FILE));
        assertTrue(3 * draftLines < baseLines, draftLines + " lines against the base's " + baseLines);
    }

    @Test
    void theChangesAreTheOnesDeclared() {
        Rubric base = PackLoader.load(BASE).pack().rubric();
        Rubric draft = PackLoader.load(DRAFT).pack().rubric();
        Regulation r = draft.regulation();
        assertEquals(base.regulation().title(), r.title());
        assertEquals(base.regulation().total(), r.total());
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
        assertFalse(draft.evidence().containsKey("a_3_8_sipas"));
        assertNull(base.rating().get(0).quota());
        assertEquals(20.0, draft.parameters().get(draft.rating().get(0).quota().percent().parameter()).value());

        // each article of the draft, on what it changes
        Map<String, String> articles = new LinkedHashMap<>();
        for (Amendment.Change c : draft.amendment().changes()) articles.merge(c.cite(), c.target().kind() + " " + c.target().id(), (a, b) -> a + ", " + b);
        assertEquals(Map.of(
                "Điều 1, khoản 1", "EVIDENCE sipas_satisfaction_pct, PARAMETER sipas_full_pct, PARAMETER sipas_zero_pct, ITEM 3.8, EVIDENCE a_3_8_sipas",
                "Điều 1, khoản 2", "TIER 5.2",
                "Điều 1, khoản 3", "EVIDENCE online_dialogue_channel, BONUS null",
                "Điều 1, khoản 4", "PARAMETER top_class_quota, RATING_CLASS Hoàn thành xuất sắc nhiệm vụ"), articles);
    }

    /** An amendment leaves the items it does not change in force under the base's articles; the changed ones cite the draft. */
    @Test
    void unchangedItemsCiteTheBaseAndChangedOnesTheDraft() {
        Rubric base = PackLoader.load(BASE).pack().rubric();
        Rubric draft = PackLoader.load(DRAFT).pack().rubric();
        for (var item : base.allItems()) {
            if (!CHANGED_ITEMS.contains(item.id())) assertEquals(item.cite(), draft.item(item.id()).orElseThrow().cite(), item.id());
        }
        assertEquals("Dự thảo sửa đổi Quyết định 02/2020/QĐ-UBND, Điều 1, khoản 1", draft.item("3.8").orElseThrow().cite());
        assertEquals("Dự thảo sửa đổi Quyết định 02/2020/QĐ-UBND, Điều 1, khoản 2", draft.item("5.2").orElseThrow().cite());
        assertEquals("Dự thảo sửa đổi Quyết định 02/2020/QĐ-UBND, Điều 1, khoản 3", draft.item("T.1").orElseThrow().cite());
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

    /**
     * The quota is one change among others: the draft without it (the same file, that change
     * cut out, loaded as an editor's unsaved text) moves the 250 units of 2024 otherwise.
     */
    @Test
    void withoutItsQuotaChangeTheTransitionMatrixIsAnother() throws IOException {
        Path draftFile = DRAFT.resolve(RulePack.RUBRIC_FILE);
        String text = Files.readString(draftFile, StandardCharsets.UTF_8);
        int quota = text.indexOf("  - cite: Điều 1, khoản 4\n    class: Hoàn thành xuất sắc nhiệm vụ\n    set:\n      quota:");
        assertTrue(quota > 0, "the quota change is the last one of the draft");
        String withoutQuota = text.substring(0, quota);
        Path absolute = draftFile.toAbsolutePath().normalize();
        Function<Path, String> unsaved = p -> p.equals(absolute) ? withoutQuota : null;

        RulePack base = load(PackLoader.load(BASE));
        RulePack draft = load(PackLoader.load(DRAFT));
        RulePack noQuota = load(PackLoader.load(DRAFT, Map.of(), unsaved));
        assertNotNull(draft.rubric().rating().get(0).quota());
        assertNull(noQuota.rubric().rating().get(0).quota());

        Comparison withIt = compare(base, draft);
        Comparison withoutIt = compare(base, noQuota);
        assertFalse(Arrays.deepEquals(withIt.transitions().counts(), withoutIt.transitions().counts()));
        String top = "Hoàn thành xuất sắc nhiệm vụ";
        int total = withIt.units().size();
        assertEquals(250, total);
        assertTrue(draftCount(withIt, top) <= total * 20 / 100, "the quota keeps at most 20 % in the top class");
        assertTrue(draftCount(withoutIt, top) > draftCount(withIt, top), "without the quota more units keep the top class");
    }

    private static RulePack load(PackLoader.Result r) {
        assertEquals(List.of(), r.diagnostics().all().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList());
        return r.pack();
    }

    private static Comparison compare(RulePack base, RulePack draft) {
        return Comparison.of(base.rubric(), score(base), draft.rubric(), score(draft));
    }

    private static List<vn.rubric.dsl.score.ScoreSheet> score(RulePack pack) {
        var units = new CsvImporter().read(UNITS_2024, pack.rubric()).units();
        Scorer.Result r = new Scorer(RuleBase.build(pack).ruleBase()).score(units);
        assertEquals(List.of(), r.problems().all());
        return r.sheets();
    }

    private static int draftCount(Comparison c, String ratingClass) {
        return (int) c.units().stream().filter(u -> u.draftClass().equals(ratingClass)).count();
    }

    private static long lines(Path file) throws IOException {
        try (var s = Files.lines(file, StandardCharsets.UTF_8)) {
            return s.count();
        }
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
}
