package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.importers.CsvImporter;

/**
 * The exported KJAR as another system would use it: loaded from the file with the KIE API
 * alone, the sample units inserted as Unit facts, results read from those facts. Every
 * item, subtotal, total, class and bar must equal what the workbench's own scorer gives.
 */
class ExportedPackTest {

    @Test
    void exportingTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
        export(dir.resolve("a"));
        export(dir.resolve("b"));
        for (String file : List.of("hung-yen-02-2020-1.0.0.jar", "hung-yen-02-2020-1.0.0.xlsx", "hung-yen-02-2020-1.0.0.pack.json")) {
            assertEquals(sha256(dir.resolve("a").resolve(file)), sha256(dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void aSystemWithDroolsAloneGetsTheWorkbenchsResults(@TempDir Path dir) throws Exception {
        Path jar = export(dir);
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newFileSystemResource(jar.toFile()));
        KieBase kb = ks.newKieContainer(module.getReleaseId()).getKieBase("rubric");
        String pkg = "rubric.hung_yen_02_2020";
        FactType unitType = kb.getFactType(pkg, "Unit");
        FactType totalType = kb.getFactType(pkg, "Total");
        FactType barType = kb.getFactType(pkg, "Bar");
        assertNotNull(unitType);

        RulePack pack = PackLoader.load(HungYenAcceptanceTest.PACK).pack();
        List<Unit> units = new CsvImporter().read(HungYenAcceptanceTest.PACK.resolve("data/units.csv"), pack.rubric()).units();
        KieSession session = kb.newKieSession();
        Map<String, Object> facts = new HashMap<>();
        for (Unit u : units) {
            Object fact = unitType.newInstance();
            unitType.set(fact, "unit_id", u.id());    // the names of pack.json's evidence schema
            unitType.set(fact, "unit_name", u.name());
            u.evidence().forEach((field, value) -> unitType.set(fact, field, value));
            session.insert(fact);
            facts.put(u.id(), fact);
        }
        session.fireAllRules();
        session.dispose();

        List<ScoreSheet> expected = new Scorer(RuleBase.build(pack).ruleBase()).score(units).sheets();
        assertEquals(units.size(), expected.size());
        for (ScoreSheet s : expected) {
            Object fact = facts.get(s.unit().id());
            String unit = s.unit().id();
            Object total = unitType.get(fact, "total");
            assertNotNull(total, "every item of " + unit + " has points, so it has a total");
            assertEquals(s.total(), (Double) totalType.get(total, "points"), 1e-9, "total of " + unit);
            assertEquals(s.ratingClass(), totalType.get(total, "ratingClass"), "class of " + unit);
            Map<?, ?> items = (Map<?, ?>) unitType.get(fact, "itemPoints");
            Map<?, ?> reasons = (Map<?, ?>) unitType.get(fact, "itemReasons");
            for (ScoreSheet.ItemLine line : s.items()) {
                assertEquals(line.points(), (Double) items.get(line.id()), 1e-9, "item " + line.id() + " of " + unit);
                assertEquals(line.rule(), reasons.get(line.id()), "reason of item " + line.id() + " of " + unit);
            }
            Map<?, ?> criteria = (Map<?, ?>) unitType.get(fact, "criterionPoints");
            for (ScoreSheet.Subtotal c : s.criteria()) assertEquals(c.points(), (Double) criteria.get(c.id()), 1e-9, "criterion " + c.id() + " of " + unit);
            List<?> barredFrom = (List<?>) totalType.get(total, "barredFrom"); // null when none
            List<ScoreSheet.Bar> bars = barredFrom == null ? List.of() : barredFrom.stream()
                    .map(b -> new ScoreSheet.Bar((String) barType.get(b, "ratingClass"), (String) barType.get(b, "reason"))).toList();
            assertEquals(Set.copyOf(s.barred()), Set.copyOf(bars), "bars of " + unit);
        }
        assertTrue(expected.stream().anyMatch(s -> !s.barred().isEmpty()), "the sample data has a unit kept out of a class");
    }

    /** The jar cannot hold the regulation a draft amends, so it holds the draft's effective text, written whole. */
    @Test
    void anAmendingPackExportsAsAWholeRubricThatVerifies(@TempDir Path dir) throws Exception {
        for (String run : List.of("a", "b")) {
            // a draft names no decision yet: the issue gate lets it out only as a pre-release
            String[] r = SamplePacksTest.cli("export", HungYenDraftTest.DRAFT.toString(), "--version", "1.0.0", "--draft", "-o", dir.resolve(run).toString());
            assertEquals("0", r[0], r[2]);
        }
        Path jar = dir.resolve("a").resolve("hung-yen-draft-1.0.0-draft.1.jar");
        assertEquals(sha256(jar), sha256(dir.resolve("b").resolve("hung-yen-draft-1.0.0-draft.1.jar")));
        String[] verified = SamplePacksTest.cli("--lang", "en", "verify-pack", jar.toString());
        assertEquals("0", verified[0], verified[1] + verified[2]);
        assertTrue(verified[1].contains("35 cases: 35 passed, 0 failed"), verified[1]);
    }

    private static Path export(Path dir) {
        String[] r = SamplePacksTest.cli("export", HungYenAcceptanceTest.PACK.toString(), "--version", "1.0.0", "-o", dir.toString());
        assertEquals("0", r[0], r[2]);
        return dir.resolve("hung-yen-02-2020-1.0.0.jar");
    }

    private static String sha256(Path p) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
