package vn.rubric.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.score.Scorer;

/**
 * An amending pack runs the hand-written rules of the regulation it amends, with its own beside
 * them (its own winning by file name), and its findings on base lines say they are there.
 */
class AmendingPackTest {

    @TempDir
    Path dir;

    @BeforeEach
    void baseIsTheMiniPack() throws URISyntaxException, IOException {
        Path mini = Path.of(getClass().getResource("/mini-pack/rubric.yaml").toURI()).getParent();
        write("base/rubric.yaml", Files.readString(mini.resolve("rubric.yaml"), StandardCharsets.UTF_8));
        write("base/rules/dialogue.drl", Files.readString(mini.resolve("rules/dialogue.drl"), StandardCharsets.UTF_8));
    }

    private Path write(String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String DRAFT = """
            amends: ../base
            regulation: { id: mini-draft, cite: Dự thảo }
            changes:
              - cite: Điều 1
                item: "2.2"
                in: "2"
                add: { title: Đối thoại bị hủy, max: 1, rule: rules/cancelled.drl, reads: [cancelled] }
              - cite: Điều 1
                criterion: "2"
                set: { max: 3 }
              - cite: Điều 1
                regulation:
                set: { total: 13 }
            """;

    private static final String CANCELLED = """
            package rubric.mini_draft;

            rule "2.2 · không hủy cuộc đối thoại nào"
                @item("2.2")
            when
                $u : Unit( cancelled == 0 )
            then
                rubricScore($u, "2.2", 1, "không hủy");
            end

            rule "2.2 · có cuộc đối thoại bị hủy"
                @item("2.2")
            when
                $u : Unit( cancelled > 0 )
            then
                rubricScore($u, "2.2", 0, "có hủy");
            end
            """;

    private ScoreSheet score(Path draft, Map<String, Object> evidence) {
        PackLoader.Result loaded = PackLoader.load(draft);
        assertEquals(List.of(), loaded.diagnostics().all().stream().map(Diagnostic::toString).toList());
        RuleBase.Result built = RuleBase.build(loaded.pack());
        assertEquals(List.of(), built.diagnostics().all());
        Scorer.Result r = new Scorer(built.ruleBase()).score(List.of(new Unit("u", "Đơn vị", evidence, null)));
        assertEquals(List.of(), r.problems().all());
        return r.sheets().get(0);
    }

    @Test
    void theBasesRulesRunInTheDraftsPackageBesideItsOwn() throws IOException {
        write("draft/rules/cancelled.drl", CANCELLED);
        Path draft = write("draft/rubric.yaml", DRAFT);
        RulePack pack = PackLoader.load(draft).pack();
        assertEquals(List.of("cancelled.drl", "dialogue.drl"), pack.handWritten().stream().map(f -> f.path().getFileName().toString()).toList());
        assertEquals(dir.resolve("base/rules/dialogue.drl"), pack.handWritten().get(1).path(), "a base file keeps its place, so its lines are its own");
        assertTrue(pack.handWritten().get(1).text().startsWith("package rubric.mini_draft;"));

        ScoreSheet s = score(draft, Map.of("hot_spot", "none", "office", 1.0, "dialogues", 3, "cancelled", 0, "model_recognized", false));
        assertEquals(2.0, s.item("2.1").points());
        assertEquals(1.0, s.item("2.2").points());
        assertEquals(13.0, s.total());
    }

    @Test
    void aDraftsOwnRuleFileWinsOverTheBasesOfTheSameName() throws IOException {
        write("draft/rules/cancelled.drl", CANCELLED);
        write("draft/rules/dialogue.drl", """
                package rubric.mini_draft;

                // 2.1 in the draft: two dialogues or more give the full 2 points, one gives none
                rule "2.1 · từ hai cuộc"
                    @item("2.1")
                when
                    $u : Unit( dialogues >= 2 )
                then
                    rubricScore($u, "2.1", 2, "từ hai cuộc");
                end

                rule "2.1 · dưới hai cuộc"
                    @item("2.1")
                when
                    $u : Unit( dialogues < 2 )
                then
                    rubricScore($u, "2.1", 0, "dưới hai cuộc");
                end
                """);
        Path draft = write("draft/rubric.yaml", DRAFT);
        assertEquals(dir.resolve("draft/rules/dialogue.drl"), PackLoader.load(draft).pack().handWritten().get(1).path());
        ScoreSheet s = score(draft, Map.of("hot_spot", "none", "office", 1.0, "dialogues", 1, "cancelled", 2, "model_recognized", false));
        assertEquals(0.0, s.item("2.1").points(), "the base gives 1 point for one dialogue; the draft's own rule none");
        assertEquals(0.0, s.item("2.2").points());
    }

    @Test
    void aValidationFindingOnABaseLineIsNotedAsThere() throws IOException {
        Path draft = write("draft/rubric.yaml", """
                amends: ../base
                regulation: { id: mini-draft }
                changes:
                  - cite: Điều 1
                    evidence: office
                    remove: true
                """);
        PackLoader.Result loaded = PackLoader.load(draft);
        Diagnostic d = loaded.diagnostics().all().stream().filter(x -> x.code().equals("E-UNKNOWN-NAME")).findFirst().orElseThrow();
        assertEquals(dir.resolve("base/rubric.yaml"), d.pos().file());
        assertEquals("in-amended-regulation", d.note().key());
    }

    @Test
    void aDroolsErrorInABaseRuleFileIsNotedAsThereAndOneInTheDraftsIsNot() throws IOException {
        write("base/rules/broken.drl", "package rubric.mini_pack;\n\nrule \"broken\"\nwhen\n    $u : Unit( nosuchfield > 0 )\nthen\nend\n");
        write("draft/rules/cancelled.drl", CANCELLED.replace("cancelled > 0", "nosuchfield > 0"));
        Path draft = write("draft/rubric.yaml", DRAFT);
        RuleBase.Result built = RuleBase.build(PackLoader.load(draft).pack());
        List<Diagnostic> errors = built.diagnostics().all();
        Diagnostic inBase = errors.stream().filter(d -> d.pos().file().endsWith("broken.drl")).findFirst().orElseThrow();
        assertEquals(dir.resolve("base/rules/broken.drl"), inBase.pos().file());
        assertEquals("in-amended-regulation", inBase.note().key());
        Diagnostic inDraft = errors.stream().filter(d -> d.pos().file().endsWith("cancelled.drl")).findFirst().orElseThrow();
        assertEquals(null, inDraft.note());
    }

    @Test
    void aPackageLineIsRenamedInPlace() {
        assertEquals("// comment\npackage rubric.b;\n\nrule x", PackLoader.inPackage("// comment\npackage rubric.a;\n\nrule x", "rubric.b"));
        assertEquals("rule x", PackLoader.inPackage("rule x", "rubric.b"));
    }
}
