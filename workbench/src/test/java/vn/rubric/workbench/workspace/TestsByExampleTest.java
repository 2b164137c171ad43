package vn.rubric.workbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.TestFolders;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/** Tests by example: a failing case accepted after its review, and a unit's sheet saved as a case (the studio's Tests). */
class TestsByExampleTest {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static final String CASE = "5.2 · kiểm điểm, phê bình → 1 (02/2020: 2)";

    private final Workspace workspace = new Workspace(PluginLoader.load(PluginFolders.none()).registry());
    private final TestsByExample tests = new TestsByExample(workspace);
    private Path draft;
    private Path discipline;
    private String original;

    @TempDir
    Path dir;

    @BeforeEach
    void copySamples() throws IOException {
        for (String pack : new String[] {"hung-yen-02-2020", "hung-yen-draft"}) TestFolders.copy(SAMPLES.resolve(pack), dir.resolve(pack));
        draft = dir.resolve("hung-yen-draft");
        discipline = draft.resolve("tests/discipline.yaml");
        original = Files.readString(discipline);
    }

    @Test
    void aBrokenExpectationIsReviewedThenAcceptedAndTheFileKeepsItsLayout() throws IOException {
        String broken = original.replace("      total: 96\n", "      total: 97\n");
        assertFalse(broken.equals(original), "the sample changed: the expectation to break is not there");
        Files.writeString(discipline, broken);

        Outcome<TestsByExample.Review> review = tests.review(draft, discipline, CASE);
        assertTrue(review.ok(), review.diagnostics().all().toString());
        assertEquals(1, review.value().moves().size(), review.value().toString());
        TestsByExample.Move move = review.value().moves().get(0);
        assertEquals("97", move.old());
        assertEquals("96", move.now());
        assertTrue(move.what().contains("total"), move.what());

        // a fingerprint that is not the review's writes nothing
        Outcome<TestsByExample.Accepted> stale = tests.accept(draft, discipline, CASE, "0".repeat(64));
        assertEquals("E-STUDIO-TEST-MOVED", stale.diagnostics().all().get(0).code());
        assertEquals(broken, Files.readString(discipline));

        Outcome<TestsByExample.Accepted> accepted = tests.accept(draft, discipline, CASE, review.value().fingerprint());
        assertTrue(accepted.ok(), accepted.diagnostics().all().toString());
        assertEquals(original, Files.readString(discipline), "accepting did not write back exactly the sample's text");
        assertTrue(workspace.test(draft).ok(), "the draft's tests still fail after the case was accepted");

        // now it passes: nothing to accept
        assertEquals("E-STUDIO-TEST-PASSES", tests.review(draft, discipline, CASE).diagnostics().all().get(0).code());
        assertEquals("E-STUDIO-TEST-UNKNOWN", tests.review(draft, discipline, "no such case").diagnostics().all().get(0).code());
    }

    @Test
    void aTestFileWithUnsavedEditsIsNotWrittenOver() throws IOException {
        String broken = original.replace("      total: 96\n", "      total: 97\n");
        Files.writeString(discipline, broken);
        String review = tests.review(draft, discipline, CASE).value().fingerprint();
        workspace.edit(discipline, broken + "# typed in the editor, not saved\n");
        Outcome<TestsByExample.Accepted> refused = tests.accept(draft, discipline, CASE, review);
        assertEquals(Outcome.Failure.INPUT, refused.failure());
        assertTrue(refused.diagnostics().all().stream().map(Diagnostic::code).anyMatch("E-STUDIO-TEST-UNSAVED"::equals), refused.diagnostics().all().toString());
        assertEquals(broken, Files.readString(discipline));
        // the editor's text that is the file's own is no unsaved change
        workspace.edit(discipline, broken);
        assertTrue(tests.accept(draft, discipline, CASE, tests.review(draft, discipline, CASE).value().fingerprint()).ok());
        assertEquals(original, Files.readString(discipline));
    }

    @Test
    void aUnitsSheetIsSavedAsACaseThatPasses() throws IOException {
        Path data = draft.resolve("data/units.csv");
        String unit = Files.readAllLines(data).get(1).split(",")[0];
        Path units = draft.resolve("tests/units.yaml");
        Outcome<TestsByExample.Saved> saved = tests.saveCase(draft, data, unit, units, "saved by the test");
        assertTrue(saved.ok(), saved.diagnostics().all().toString());
        assertTrue(Files.readString(units).contains(saved.value().caseName()), Files.readString(units));
        Outcome<Workspace.Tests> ran = workspace.test(draft);
        assertTrue(ran.ok(), ran.diagnostics().all().toString());
        assertTrue(ran.value().own().results().stream().anyMatch(r -> r.testCase().name().equals(saved.value().caseName()) && r.passed()));

        // only into a .yaml file of the pack's tests folder
        for (Path outside : new Path[] {draft.resolve("rubric.yaml"), draft.resolve("tests/x.txt"), dir.resolve("hung-yen-02-2020/tests/units.yaml")}) {
            Outcome<TestsByExample.Saved> refused = tests.saveCase(draft, data, unit, outside, "x");
            assertEquals("E-STUDIO-TEST-FILE", refused.diagnostics().all().get(0).code(), outside.toString());
        }
        assertFalse(Files.exists(dir.resolve("hung-yen-02-2020/tests/units.yaml")));
    }

}
