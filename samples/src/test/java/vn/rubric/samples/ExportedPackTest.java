package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.pack.RulePack;
import vn.rubric.rules.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.rules.score.Unit;
import vn.rubric.workbench.importers.CsvImporter;

/**
 * The exported KJAR as another system would use it: loaded from the file with the KIE API
 * alone, the sample units inserted as Evidence facts, results read from the facts. They
 * must equal what the workbench's own scorer gives.
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
        FactType evidence = kb.getFactType(pkg, "Evidence");
        FactType total = kb.getFactType(pkg, "Total");
        FactType rating = kb.getFactType(pkg, "Rating");
        assertNotNull(evidence);

        RulePack pack = PackLoader.load(HungYenAcceptanceTest.PACK).pack();
        List<Unit> units = new CsvImporter().read(HungYenAcceptanceTest.PACK.resolve("data/units.csv"), pack.rubric()).units();
        KieSession session = kb.newKieSession();
        for (Unit u : units) {
            Object fact = evidence.newInstance();
            evidence.set(fact, "unitId", u.id());
            evidence.set(fact, "unitName", u.name());
            u.evidence().forEach((field, value) -> evidence.set(fact, field, value));
            session.insert(fact);
        }
        session.fireAllRules();
        Map<String, Double> totals = new HashMap<>();
        Map<String, String> classes = new HashMap<>();
        for (Object o : session.getObjects()) {
            if (total.getFactClass().isInstance(o)) totals.put((String) total.get(o, "unitId"), (Double) total.get(o, "points"));
            if (rating.getFactClass().isInstance(o)) classes.put((String) rating.get(o, "unitId"), (String) rating.get(o, "ratingClass"));
        }
        session.dispose();

        List<ScoreSheet> expected = new Scorer(RuleBase.build(pack).ruleBase()).score(units).sheets();
        assertEquals(units.size(), expected.size());
        for (ScoreSheet s : expected) {
            assertEquals(s.total(), totals.get(s.unit().id()), 1e-9, "total of " + s.unit().id());
            assertEquals(s.ratingClass(), classes.get(s.unit().id()), "class of " + s.unit().id());
        }
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
