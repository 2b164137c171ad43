package vn.rubric.workbench.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.TestFolders;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/** Ban hành: a pack issued in one action, or refused with every reason and nothing written. */
class PackIssueTest {

    private final Workspace workspace = new Workspace(PluginLoader.load(PluginFolders.none()).registry());
    private final Messages text = Messages.of(Workbench.CLI_BUNDLE, Locale.ENGLISH);
    private PackIssue issue;
    private Path draft;
    private Path rubric;
    private byte[] before;

    @TempDir
    Path dir;

    @BeforeEach
    void copySamples() throws IOException {
        for (String pack : new String[] {"hung-yen-02-2020", "hung-yen-draft"}) TestFolders.copy(TestsByExampleTest.SAMPLES.resolve(pack), dir.resolve(pack));
        draft = dir.resolve("hung-yen-draft");
        rubric = draft.resolve("rubric.yaml");
        before = Files.readAllBytes(rubric);
        issue = new PackIssue(workspace, new FolderWorkspace(workspace, dir));
    }

    private static List<String> codes(Outcome<?> o) {
        return o.diagnostics().all().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
    }

    @Test
    void aMissingDecisionAndBadDatesAreRefusedWithEveryReasonAndNothingIsWritten() throws IOException {
        Outcome<PackIssue.Issued> refused = issue.issue(draft, new PackIssue.Identity(" ", "2026-13-01", "", "1.0.0-draft.2"), text);
        assertEquals(Outcome.Failure.INPUT, refused.failure());
        assertEquals(List.of("E-ISSUE-NO-DECISION", "E-ISSUE-BAD-DATE", "E-ISSUE-NO-DATE", "E-ISSUE-DRAFT-VERSION"), codes(refused));
        Outcome<PackIssue.Issued> early = issue.issue(draft, new PackIssue.Identity("Quyết định số 05/2026/QĐ-UBND", "2026-03-02", "2026-03-01", ""), text);
        assertEquals(List.of("E-ISSUE-EFFECTIVE-BEFORE-SIGNED", "E-ISSUE-NO-VERSION"), codes(early));
        assertArrayEquals(before, Files.readAllBytes(rubric), "a refused issue changed the draft's rubric.yaml");
        assertFalse(Files.exists(dir.resolve(PackIssue.DIST)), "a refused issue wrote into dist/");
    }

    @Test
    void aFailingTestRefusesTheIssueWithTheCase() throws IOException {
        Path discipline = draft.resolve("tests/discipline.yaml");
        Files.writeString(discipline, Files.readString(discipline).replace("      total: 96\n", "      total: 97\n"));
        Outcome<PackIssue.Issued> refused = issue.issue(draft, good(), text);
        assertEquals(Outcome.Failure.RUBRIC, refused.failure());
        Diagnostic fails = refused.diagnostics().all().stream().filter(d -> d.code().equals("E-ISSUE-TEST-FAILS")).findFirst().orElseThrow();
        assertTrue(fails.args().toString().contains("kiểm điểm, phê bình"), fails.args().toString());
        assertTrue(fails.args().toString().contains("97 → 96"), fails.args().toString());
        assertArrayEquals(before, Files.readAllBytes(rubric));
        assertFalse(Files.exists(dir.resolve(PackIssue.DIST)));
    }

    @Test
    void anUnsavedEditOfTheRubricRefusesTheIssue() throws IOException {
        workspace.edit(rubric, Files.readString(rubric) + "\n# typed, not saved\n");
        assertTrue(codes(issue.issue(draft, good(), text)).contains("E-ISSUE-UNSAVED"));
        assertArrayEquals(before, Files.readAllBytes(rubric));
    }

    @Test
    void theIssuedPackIsExportedVerifiedAndItsIdentityWrittenInPlace() throws IOException {
        // a draft's working name is not offered as its decision, nor its draft version as the issue's
        assertEquals(new PackIssue.Identity(null, null, null, null), issue.current(draft).value());
        Outcome<PackIssue.Issued> issued = issue.issue(draft, good(), text);
        assertTrue(issued.ok(), issued.diagnostics().all().toString());
        Path target = dir.resolve("dist/hung-yen-draft-1.0.0");
        assertEquals(target, issued.value().folder());
        assertTrue(issued.value().verified().ok());
        List<String> names = issued.value().files().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".jar")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("pack.json")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".comparison.html")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".comparison.xlsx")), names.toString());
        assertTrue(names.stream().filter(n -> n.endsWith(".xlsx")).count() >= 2, "no blank scoring sheet: " + names);
        for (Path f : issued.value().files()) assertTrue(Files.isRegularFile(f) && f.startsWith(target), f.toString());
        try (var left = Files.list(dir.resolve(PackIssue.DIST))) {
            assertEquals(List.of(target), left.toList(), "a staging folder was left in dist/");
        }
        // the jar verifies on its own, as verify-pack would
        Path jar = issued.value().files().stream().filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        assertTrue(workspace.verify(jar).ok());

        // the identity is written into the draft's regulation block, the rest of the file as it was
        String now = Files.readString(rubric);
        assertTrue(now.contains("  decision: Quyết định số 05/2026/QĐ-UBND\n"), now);
        assertTrue(now.contains("  decision-date: \"2026-03-02\"\n") || now.contains("  decision-date: 2026-03-02\n"), now);
        assertTrue(now.contains("effective-from:"), now);
        String old = new String(before, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(old.substring(old.indexOf("changes:")), now.substring(now.indexOf("changes:")), "the issue changed the rubric beyond its regulation block");
        PackIssue.Identity current = issue.current(draft).value();
        assertEquals("1.0.0", current.version());
        assertEquals("2026-03-16", current.effectiveFrom());
        assertEquals("Quyết định số 05/2026/QĐ-UBND", current.decision());

        // the same version again: refused, the issued folder untouched
        byte[] jarBytes = Files.readAllBytes(jar);
        assertEquals(List.of("E-ISSUE-EXISTS"), codes(issue.issue(draft, good(), text)));
        assertArrayEquals(jarBytes, Files.readAllBytes(jar));
    }

    private static PackIssue.Identity good() {
        return new PackIssue.Identity("Quyết định số 05/2026/QĐ-UBND", "2026-03-02", "2026-03-16", "1.0.0");
    }
}
