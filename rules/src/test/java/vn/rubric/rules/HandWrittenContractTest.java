package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/**
 * What the scorer does when a hand-written rule breaks its contract (call rubricScore once
 * per unit, with points within 0..max): the unit is left out with a diagnostic that says
 * what is wrong, and the other units are scored.
 */
class HandWrittenContractTest {

    /** Units 0..5: dialogues = i % 4, so units 0 and 4 hold none, unit 3 holds three. */
    private static final List<Unit> UNITS = IntStream.range(0, 6).mapToObj(MiniPack::unit).toList();

    @Test
    void aUnitTheRuleGivesNothingIsIncompleteAndNamesWhatIsMissing(@TempDir Path dir) throws IOException {
        Scorer.Result r = scoreWith(dir, "Unit( dialogues > 0, $n : dialogues )", "Math.min($n, 2)");
        assertEquals(List.of("u1", "u2", "u3", "u5"), r.sheets().stream().map(s -> s.unit().id()).toList());
        List<Diagnostic> problems = r.problems().all();
        assertEquals(List.of("E-SCORE-INCOMPLETE", "E-SCORE-INCOMPLETE"), problems.stream().map(Diagnostic::code).toList());
        assertEquals(List.of("u0", "2.1, 2, total, rating"), problems.get(0).args());
        assertEquals(List.of("u4", "2.1, 2, total, rating"), problems.get(1).args());
    }

    @Test
    void pointsAboveTheItemMaxLeaveTheUnitOut(@TempDir Path dir) throws IOException {
        Scorer.Result r = scoreWith(dir, "Unit( $n : dialogues )", "Math.min($n, 3)");
        assertEquals(5, r.sheets().size());
        Diagnostic d = r.problems().all().get(0);
        assertEquals("E-SCORE-RANGE", d.code());
        assertEquals(List.of("u3", "2.1", "3", "2"), d.args());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // without a bound on firings, scoring never returns
    void aRuleThatLoopsIsStoppedAndNamedWhereItIsWritten(@TempDir Path dir) throws IOException {
        BuildErrorsTest.copyPack(dir);
        Path drl = dir.resolve("rules/dialogue.drl");
        Files.writeString(drl, """
                package rubric.mini_pack;

                rule "2.1 · viết tay"
                when
                    $u : Unit( $n : dialogues )
                then
                    rubricScore($u, "2.1", Math.min($n, 2), "viết tay");
                end

                rule "lặp"
                when
                    $u : Unit( dialogues == 3 )
                then
                    update($u);
                end
                """, StandardCharsets.UTF_8);
        RuleBase.Result built = RuleBase.build(PackLoader.load(dir).pack());
        assertEquals(List.of(), built.diagnostics().all());
        // one thread: the session of the looping unit is known (all six units in one session)
        Scorer.Result r = new Scorer(built.ruleBase(), 300, 1).score(UNITS);
        assertEquals(List.of(), r.sheets());
        Diagnostic d = r.problems().all().get(0);
        assertEquals("E-RULE-LOOP", d.code());
        assertEquals(List.of("lặp", 100, "u3", 6), d.args());
        assertEquals(drl, d.pos().file());
        assertEquals(10, d.pos().line());
        // sessions of 2 units: the two sessions without unit 3 are scored
        Scorer.Result chunked = new Scorer(built.ruleBase(), 2, 1).score(UNITS);
        assertEquals(List.of("u0", "u1", "u4", "u5"), chunked.sheets().stream().map(s -> s.unit().id()).toList());
        assertEquals(List.of("E-RULE-LOOP"), chunked.problems().all().stream().map(Diagnostic::code).toList());
    }

    /** The mini pack with its hand-written rule for 2.1 rewritten: its pattern, and the points it gives. */
    private static Scorer.Result scoreWith(Path dir, String pattern, String points) throws IOException {
        BuildErrorsTest.copyPack(dir);
        Files.writeString(dir.resolve("rules/dialogue.drl"), """
                package rubric.mini_pack;

                rule "2.1 · viết tay"
                when
                    $u : %s
                then
                    rubricScore($u, "2.1", %s, "viết tay");
                end
                """.formatted(pattern, points), StandardCharsets.UTF_8);
        RuleBase.Result built = RuleBase.build(PackLoader.load(dir).pack());
        assertEquals(List.of(), built.diagnostics().all());
        return new Scorer(built.ruleBase()).score(UNITS);
    }
}
