package vn.rubric.workbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.TestFolders;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.CliTest;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/** The headless workspace: values and findings back, nothing printed, rule bases kept by content. */
class WorkspaceTest {

    private final Workspace workspace = new Workspace(PluginLoader.load(PluginFolders.none()).registry());

    @Test
    void anUnchangedRubricIsNotRebuiltAndAChangedOneReplacesIt(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(CliTest.pack(), dir.resolve("pack"));
        RuleBase first = workspace.build(pack).value();
        assertSame(first.kieBase(), workspace.build(pack).value().kieBase(), "the same rubric was built again");

        // a class's minimum changes one rule: changed in place, and the old rule base is stale
        Path rubric = pack.resolve("rubric.yaml");
        String text = Files.readString(rubric);
        Files.writeString(rubric, text.replace("value: 9", "value: 8"));
        RuleBase changed = workspace.build(pack).value();
        assertNotEquals(first.contentKey(), changed.contentKey());
        assertSame(first.kieBase(), changed.kieBase(), "one changed rule was not changed in place");
        assertFalse(first.isLive(), "the old rules are still said to be live");
        assertThrows(IllegalStateException.class, first::lease, "the old rules could still be scored");
        // scoring on it anyway (a request that built before another's edit) builds its rules again
        var units = workspace.read(workspace.dataFile(first.pack(), null).value(), first.pack().rubric()).value().get(0).units();
        assertEquals(new Scorer(RuleBase.build(first.pack()).ruleBase()).score(units).sheets(),
                workspace.score(first, units, Progress.NONE).value().sheets(), "a stale rule base scored other rules");
        assertSame(changed.kieBase(), workspace.build(pack).value().kieBase());

        // new evidence is another fact type: a new build, and the one before stays as it was
        Files.writeString(rubric, text.replace("value: 9", "value: 8").replace("evidence:\n", "evidence:\n  extra_flag: { type: boolean, default: false, label: Thêm }\n"));
        RuleBase other = workspace.build(pack).value();
        assertNotSame(changed.kieBase(), other.kieBase(), "a change of the fact model was made in place");
        assertTrue(changed.isLive());
    }

    @Test
    void callsReturnFindingsAndNeverPrint(@TempDir Path dir) throws IOException {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Outcome<Report.Diff> diff = workspace.compare(CliTest.pack(), CliTest.pack(), null, Map.of(), Progress.NONE);
            assertTrue(diff.ok(), diff.diagnostics().all().toString());
            Outcome<Report.Simulation> missing = workspace.simulate(dir.resolve("nope"), null, Map.of(), Progress.NONE);
            assertEquals(Outcome.Failure.INPUT, missing.failure());
            assertEquals(List.of("E-FILE-MISSING"), missing.diagnostics().all().stream().map(Diagnostic::code).toList());
            Outcome<Report.Scores> badSet = workspace.score(CliTest.pack(), null, "no-such-unit", Progress.NONE);
            assertEquals(Outcome.Failure.INPUT, badSet.failure());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aParameterTheRubricLacksIsAnInputErrorWithASuggestion() {
        Outcome<RuleBase> built = workspace.build(CliTest.pack(), Map.of("tpo", "5"));
        assertEquals(Outcome.Failure.INPUT, built.failure());
        Diagnostic d = built.diagnostics().all().get(0);
        assertEquals("E-SET-UNKNOWN-SUGGEST", d.code());
        assertEquals("top", d.args().get(3));
    }

    @Test
    void theBaseIsScoredOnceWhileADraftIsEdited(@TempDir Path dir) throws IOException {
        Path base = TestFolders.copy(CliTest.pack(), dir.resolve("base")), draft = TestFolders.copy(CliTest.pack(), dir.resolve("draft"));
        Path data = base.resolve("data").resolve(Files.list(base.resolve("data")).findFirst().orElseThrow().getFileName());
        List<Integer> scored = new java.util.ArrayList<>();
        Progress counting = new Progress() {
            @Override
            public void scored(String packId, int done, int total) {
                if (done == total) scored.add(total);
            }
        };
        assertTrue(workspace.compare(base, draft, data, Map.of(), counting).ok());
        assertEquals(2, scored.size(), "both regulations scored the first time");
        Path rubric = draft.resolve("rubric.yaml");
        Files.writeString(rubric, Files.readString(rubric).replace("value: 9", "value: 8"));
        assertTrue(workspace.compare(base, draft, data, Map.of(), counting).ok());
        assertEquals(3, scored.size(), "the draft only, the second time");
    }

    @Test
    void anEditorsUnsavedTextIsWhatLoads(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(CliTest.pack(), dir.resolve("pack"));
        Path rubric = pack.resolve("rubric.yaml");
        String saved = Files.readString(rubric);
        workspace.edit(rubric, saved.replace("value: 9", "value: 8"));
        assertEquals(8.0, workspace.load(pack).value().rubric().parameters().get("top").value());
        workspace.edit(rubric, saved.replace("total: 10", "total: ten"));
        Outcome<RuleBase> broken = workspace.build(pack);
        assertEquals(Outcome.Failure.RUBRIC, broken.failure());
        assertEquals(rubric.toString() + ":6:10", broken.diagnostics().all().get(0).pos().toString());
        assertEquals(saved, Files.readString(rubric), "the file on disk is untouched");
        workspace.discard(rubric);
        assertEquals(9.0, workspace.load(pack).value().rubric().parameters().get("top").value());
    }

    @Test
    void packsAreFoundInFolders() {
        Path samples = CliTest.pack().getParent();
        assertTrue(workspace.packs(samples).contains(CliTest.pack()), workspace.packs(samples).toString());
        assertFalse(workspace.packs(samples.resolve("no-such-folder")).iterator().hasNext());
    }

}
