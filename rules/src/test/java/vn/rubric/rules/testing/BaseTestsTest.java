package vn.rubric.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;

/**
 * An amending pack's rules run the tests of the regulation it amends: the cases its changes
 * move are found, with the values that move. The rubric's amendment is made by hand here, as
 * the amending loader would fill it.
 */
class BaseTestsTest {

    private static final String BASE_TESTS = """
            cases:
              - name: no hot spot
                evidence: { hot_spot: none }
                expect: { items: { "1.1": 6 }, total: 10 }
              - name: a handled hot spot
                evidence: { hot_spot: handled }
                expect: { items: { "1.1": 3 }, total: 7 }
            """;

    @Test
    void theCasesTheChangesMoveAreTheOnesThatFail(@TempDir Path dir) throws IOException, URISyntaxException {
        Path mini = Path.of(getClass().getResource("/mini-pack/rubric.yaml").toURI()).getParent();
        Path base = copy(mini, dir.resolve("base"));
        Files.createDirectories(base.resolve("tests"));
        Files.writeString(base.resolve("tests/hot-spot.yaml"), BASE_TESTS);
        Path draft = copy(mini, dir.resolve("draft"));
        Files.writeString(draft.resolve("rubric.yaml"), Files.readString(draft.resolve("rubric.yaml"))
                .replace("when: hot_spot == handled, points: 3", "when: hot_spot == handled, points: 4"));
        Files.createDirectories(draft.resolve("tests"));
        Files.writeString(draft.resolve("tests/own.yaml"), BASE_TESTS.replace("\"1.1\": 3 }, total: 7", "\"1.1\": 4 }, total: 8"));

        RulePack loaded = PackLoader.load(draft).pack();
        assertNull(TestRunner.runBase(RuleBase.build(loaded).ruleBase()), "a pack that amends nothing has no base tests");

        RuleBase amending = RuleBase.build(amending(loaded, base.resolve("rubric.yaml"))).ruleBase();
        TestReport own = TestRunner.run(amending);
        assertTrue(own.allPassed(), own.results().toString());
        TestReport inForce = TestRunner.runBase(amending);
        assertNotNull(inForce);
        assertEquals(2, inForce.results().size());
        assertEquals(base.resolve("tests/hot-spot.yaml").toAbsolutePath().normalize(), inForce.results().get(0).file());
        assertEquals(1, inForce.passed());
        TestReport.CaseResult moved = inForce.results().get(1);
        assertEquals("a handled hot spot", moved.testCase().name());
        assertEquals(List.of("item 1.1: 3 → 4", "total: 7 → 8"),
                moved.mismatches().stream().map(m -> m.what() + ": " + m.expected() + " → " + m.actual().replaceAll(" \\(.*", "")).toList());

        // the base named from the amending pack's folder, as amends: writes it
        RuleBase relative = RuleBase.build(amending(loaded, Path.of("../base/rubric.yaml"))).ruleBase();
        assertEquals(inForce.results().stream().map(r -> r.file() + " " + r.passed()).toList(),
                TestRunner.runBase(relative).results().stream().map(r -> r.file() + " " + r.passed()).toList());
    }

    /** The draft as the amending loader gives it: its effective rubric, and what it amends. */
    static RulePack amending(RulePack draft, Path baseRubric) {
        Rubric r = draft.rubric();
        Amendment amendment = new Amendment(baseRubric, "mini-pack", List.of(), r.regulation().pos());
        Rubric amended = new Rubric(r.file(), r.regulation(), r.parameters(), r.evidence(), r.criteria(), r.bonus(), r.deductions(), r.rating(), amendment);
        return new RulePack(draft.folder(), amended, draft.compiled(), draft.handWritten(), draft.testFiles());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
