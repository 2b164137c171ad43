package vn.rubric.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/** The scaled rubric the scaling benchmark measures is the sample sheet k times over, and scores as such. */
class ScaledRubricTest {

    @Test
    void threeCopiesOfTheSheetScoreThreeTimesTheSameUnit(@TempDir Path dir) {
        RulePack one = SamplePack.load();
        PackLoader.Result loaded = PackLoader.load(ScaledRubric.write(SamplePack.folder(), 3, dir));
        assertTrue(loaded.ok(), () -> loaded.diagnostics().sorted().toString());
        assertEquals(List.of(), loaded.diagnostics().all(), "no warnings either: every copied field is read");
        RulePack three = loaded.pack();
        assertEquals(3 * one.rubric().allItems().size(), three.rubric().allItems().size());
        assertEquals(3 * one.rubric().criteria().size(), three.rubric().criteria().size());
        assertEquals(3 * one.rubric().evidence().size(), three.rubric().evidence().size());

        // each unit's evidence, repeated for copies 2 and 3: three times its points, the same class
        List<Unit> units = new UnitGenerator(one.rubric()).generate(300);
        List<Unit> tripled = new ArrayList<>();
        for (Unit u : units) {
            Map<String, Object> e = new LinkedHashMap<>(u.evidence());
            for (int k = 2; k <= 3; k++) for (var f : u.evidence().entrySet()) e.put(f.getKey() + "_c" + k, f.getValue());
            tripled.add(new Unit(u.id(), u.name(), e, u.origin()));
        }
        List<ScoreSheet> single = new Scorer(SamplePack.build(one)).score(units).sheets();
        List<ScoreSheet> triple = new Scorer(SamplePack.build(three)).score(tripled).sheets();
        assertEquals(units.size(), triple.size());
        for (int i = 0; i < units.size(); i++) {
            assertEquals(3 * single.get(i).total(), triple.get(i).total(), 1e-9, units.get(i).id());
            assertEquals(single.get(i).ratingClass(), triple.get(i).ratingClass(), units.get(i).id());
            assertEquals(single.get(i).barred(), triple.get(i).barred(), units.get(i).id());
            assertEquals(single.get(i).item("4.4").points(), triple.get(i).item("4.4-c3").points(), units.get(i).id());
        }
    }
}
