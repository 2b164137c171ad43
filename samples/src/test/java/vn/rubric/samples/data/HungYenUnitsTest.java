package vn.rubric.samples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.importers.ImportResult;

/**
 * The committed sample data is exactly what the generator makes (run with
 * {@code -Dsamples.regenerate=true} to rewrite it after changing the generator), it reads
 * cleanly under 02/2020, and its spreads are the ones the generator promises.
 */
class HungYenUnitsTest {

    static final Path DATA = Path.of("data", "hung-yen-2024-units.csv");

    static RuleBase ruleBase;
    static ImportResult imported;
    static List<ScoreSheet> byRules;

    @BeforeAll
    static void build() throws IOException {
        PackLoader.Result loaded = PackLoader.load(Path.of("hung-yen-02-2020"));
        ruleBase = RuleBase.build(loaded.pack()).ruleBase();
        if (Boolean.getBoolean("samples.regenerate")) new HungYenUnitsGenerator(ruleBase).write(DATA, 250, HungYenUnitsGenerator.SEED);
        imported = new CsvImporter().read(DATA, loaded.pack().rubric());
        byRules = new Scorer(ruleBase).score(imported.units()).sheets();
    }

    @Test
    void theCommittedFileIsWhatTheGeneratorMakes() throws IOException {
        HungYenUnitsGenerator generator = new HungYenUnitsGenerator(ruleBase);
        assertEquals(generator.csv(generator.sample()), Files.readString(DATA, StandardCharsets.UTF_8),
                "samples/data is out of date: mvn -pl samples -am verify -Dsamples.regenerate=true");
    }

    @Test
    void itReadsUnder0220WithOnlyTheDraftsColumnUnknown() {
        assertEquals(List.of("W-DATA-UNKNOWN-COLUMN " + HungYenUnitsGenerator.SIPAS_PCT),
                imported.diagnostics().all().stream().map(d -> d.code() + " " + d.args().get(0)).toList());
        assertEquals(250, imported.units().size());
        assertEquals(List.of(), imported.data().defaulted());
        Map<UnitKind, Long> kinds = imported.units().stream().collect(Collectors.groupingBy(u -> u.profile().kind(), Collectors.counting()));
        assertEquals(Map.of(UnitKind.AGENCY, 40L, UnitKind.SERVICE_UNIT, 50L, UnitKind.DISTRICT, 10L, UnitKind.COMMUNE, 150L), kinds);
        Set<String> districts = imported.units().stream().filter(u -> u.profile().kind() == UnitKind.DISTRICT).map(Unit::id).collect(Collectors.toSet());
        for (Unit u : imported.units()) {
            assertEquals(2024, u.profile().year());
            String parent = u.profile().parent();
            boolean ok = switch (u.profile().kind()) {
                case COMMUNE -> districts.contains(parent);
                case DISTRICT -> parent.equals(HungYenRoster.PROVINCE);
                default -> districts.contains(parent) || parent.equals(HungYenRoster.PROVINCE);
            };
            assertTrue(ok, u.id() + " reports to " + parent);
        }
    }

    @Test
    void theRecordedResultsAreTheRulesButForAHandful() {
        int scoreGaps = 0, selfAbove = 0;
        for (int i = 0; i < byRules.size(); i++) {
            Unit.Recorded r = imported.units().get(i).profile().recorded();
            ScoreSheet s = byRules.get(i);
            if (r.appraisedScore() != s.total()) scoreGaps++;
            else assertEquals(s.ratingClass(), r.appraisedClass(), s.unit().id());
            if (r.selfScore() > r.appraisedScore()) selfAbove++;
        }
        assertEquals(10, scoreGaps);
        assertTrue(selfAbove > 150 && selfAbove < 200, selfAbove + " self-scores above the appraised one");
    }

    @Test
    void itsSpreadsArePlausible() {
        Function<String, Map<Object, Long>> counts = f -> imported.units().stream().collect(Collectors.groupingBy(u -> u.evidence().get(f), Collectors.counting()));
        Map<Object, Long> discipline = counts.apply("discipline");
        long cases = 250 - discipline.get("none");
        assertTrue(cases >= 12 && cases <= 30, "discipline cases: " + discipline);
        Map<Object, Long> hotSpots = counts.apply("hot_spot");
        long spots = 250 - hotSpots.get("none");
        assertTrue(spots >= 4 && spots <= 15 && hotSpots.getOrDefault("unhandled", 0L) >= 1, "hot spots: " + hotSpots);
        assertTrue(counts.apply("conduct_violation").size() > 1, "some conduct violations");
        long high = 0, all = 0;
        for (Unit u : imported.units()) {
            for (Map.Entry<String, Object> e : u.evidence().entrySet()) {
                if (!e.getKey().startsWith("a_")) continue;
                all++;
                if ((double) e.getValue() >= 0.9) high++;
            }
        }
        assertTrue(high > 0.7 * all, high + " of " + all + " shares at 0.9 or above");
        Map<String, Long> classes = byRules.stream().collect(Collectors.groupingBy(ScoreSheet::ratingClass, Collectors.counting()));
        String top = ruleBase.pack().rubric().rating().get(0).name();
        assertTrue(classes.get(top) > 125, "most units in the top class: " + classes);
        assertTrue(classes.size() >= 3, "at least three classes: " + classes);
    }

    @Test
    void anyNumberOfUnitsComeTheSameForTheSameSeed() {
        HungYenUnitsGenerator generator = new HungYenUnitsGenerator(ruleBase);
        // ids stay unique over many copies of the province (a duplicate id would join two units in the rules)
        Set<String> ids = new HashSet<>();
        generator.generate(12_000, 7).forEach(u -> assertTrue(ids.add(u.id()), u.id()));
        List<HungYenUnitsGenerator.SyntheticUnit> a = generator.generate(600, 7);
        assertEquals(600, a.size());
        assertEquals("so-noi-vu-2", a.get(251).id());
        assertEquals(generator.csv(a), generator.csv(generator.generate(600, 7)));
        assertNotEquals(generator.csv(a), generator.csv(generator.generate(600, 8)));
        Map<String, Integer> perParent = new HashMap<>();
        a.forEach(u -> perParent.merge(u.parent(), 1, Integer::sum));
        assertTrue(perParent.containsKey("h-van-giang-3"), "the third copy reports to its own districts");
    }
}
