package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/** Points that add up to a class minimum reach it, whatever binary floating point makes of the sum. */
class ClassBoundaryTest {

    @Test
    void pointThreeThreeTimesIsPointNine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rubric.yaml"), """
                regulation: { id: boundary, title: Ranh giới, cite: Điều 1, total: 3 }
                evidence:
                  a: { label: A, type: share }
                  b: { label: B, type: share }
                  c: { label: C, type: share }
                criteria:
                  - id: "1"
                    title: Một
                    max: 3
                    items:
                      - { id: "1.1", title: A, max: 1, assessed: a }
                      - { id: "1.2", title: B, max: 1, assessed: b }
                      - { id: "1.3", title: C, max: 1, assessed: c }
                rating:
                  - { class: Đạt, min: 0.9 }
                  - { class: Không đạt, otherwise: true }
                """, StandardCharsets.UTF_8);
        RuleBase rb = RuleBase.build(PackLoader.load(dir).pack()).ruleBase();
        Unit u = new Unit("u", "U", Map.of("a", 0.3, "b", 0.3, "c", 0.3), null);
        ScoreSheet s = new Scorer(rb).score(List.of(u)).sheets().get(0);
        assertEquals(0.9, s.total());
        assertEquals("Đạt", s.ratingClass());
    }
}
