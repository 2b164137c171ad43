package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;

/**
 * The fact contract as another system meets it, with the DRL alone: the unit id is
 * {@code unit_id} (pack.json's name, written here literally), an unset field with a default
 * has it from the DRL's declaration of Unit, and an unset field without one (or an unset unit id) is a
 * {@code MissingEvidence} the consumer reads, and the unit gets no total. Before, the id was
 * {@code unitId}, the fields were primitives, and an unset share silently scored 0.
 */
class EvidenceContractTest {

    @Test
    void anUnsetFieldTakesTheRubricsDefaultFromTheDrl() throws Exception {
        Consumer c = new Consumer(MiniPack.folder());
        // only the field without a default is set: office (share) 1, counts 0, boolean false from the DRL's declaration
        Object unit = c.unit(Map.of("unit_id", "u1", "hot_spot", "none"));
        Object full = c.unit(Map.of("unit_id", "u2", "hot_spot", "none", "office", 1.0, "dialogues", 0, "cancelled", 0, "model_recognized", false));
        c.fire(unit, full);
        assertEquals(10.0, c.total(full), 1e-9, "6 + 4 × 1 + 0 + 0 − 0");
        assertEquals(c.total(full), c.total(unit), 1e-9, () -> "the defaults cost nothing: " + c.unitType.get(unit, "itemPoints") + " " + c.unitType.get(unit, "office") + " " + c.unitType.get(full, "itemPoints"));
        assertEquals(1.0, c.unitType.get(unit, "office"), "the declared default, on the fact");
        assertEquals(List.of(), c.missing());
    }

    @Test
    void anUnsetShareWithoutADefaultIsAMissingEvidenceNotZeroPoints(@TempDir Path dir) throws Exception {
        Path pack = copy(MiniPack.folder(), dir.resolve("pack"));
        Path yaml = pack.resolve("rubric.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        String withDefault = "    type: share\n    default: 1\n";
        assertEquals(true, text.contains(withDefault), "the mini pack's share has a default to take away");
        Files.writeString(yaml, text.replace(withDefault, "    type: share\n"), StandardCharsets.UTF_8);

        Consumer c = new Consumer(pack);
        Object unit = c.unit(Map.of("unit_id", "u1", "hot_spot", "none"));
        c.fire(unit);
        assertNull(c.unitType.get(unit, "total"), "no total from a share nobody gave");
        assertEquals(List.of("u1 office"), c.missing());
    }

    @Test
    void anUnsetUnitIdIsAMissingEvidence() throws Exception {
        Consumer c = new Consumer(MiniPack.folder());
        // what a consumer that guessed "unitId" got: no id, the quota's ranking silently without it
        Object unit = c.unit(Map.of("hot_spot", "none"));
        c.fire(unit);
        assertNull(c.unitType.get(unit, "total"));
        assertEquals(List.of("null unit_id"), c.missing());
    }

    /** A system with Drools alone, built from the pack's DRL text. */
    private static final class Consumer {
        final KieBase kieBase;
        final String pkg;
        final FactType unitType, totalType;
        private KieSession session;

        Consumer(Path folder) {
            PackLoader.Result loaded = PackLoader.load(folder);
            if (!loaded.ok() || loaded.diagnostics().hasErrors()) throw new AssertionError(loaded.diagnostics().all());
            RuleBase.Result built = RuleBase.build(loaded.pack());
            if (built.ruleBase() == null) throw new AssertionError(built.diagnostics().all());
            kieBase = DroolsAlone.kieBase(loaded.pack());
            pkg = loaded.pack().compiled().packageName();
            unitType = kieBase.getFactType(pkg, "Unit");
            totalType = kieBase.getFactType(pkg, "Total");
        }

        Object unit(Map<String, Object> fields) throws ReflectiveOperationException {
            Object fact = unitType.newInstance();
            fields.forEach((k, v) -> unitType.set(fact, k, v));
            return fact;
        }

        void fire(Object... units) {
            session = kieBase.newKieSession();
            for (Object u : units) session.insert(u);
            session.fireAllRules();
        }

        double total(Object unit) {
            Object total = unitType.get(unit, "total");
            assertNotNull(total, "the unit has a total");
            return (Double) totalType.get(total, "points");
        }

        /** Each MissingEvidence of the session as "unit_id field", sorted. */
        List<String> missing() {
            FactType type = kieBase.getFactType(pkg, "MissingEvidence");
            assertNotNull(type, "the pack declares MissingEvidence");
            List<String> out = new ArrayList<>();
            for (Object f : session.getObjects(o -> type.getFactClass().isInstance(o))) out.add(type.get(f, "unit_id") + " " + type.get(f, "field"));
            out.sort(null);
            return out;
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
