package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue gate of {@code rubric export}: a pack whose tests fail, or an issued version whose
 * regulation does not name its decision, is not exported, every reason listed; a draft goes
 * out as X.Y.Z-draft.N, marked so in pack.json.
 */
class ExportGateTest {

    private static final Path HUNG_YEN = Path.of("..", "samples", "hung-yen-02-2020");
    private static final Path DRAFT = Path.of("..", "samples", "hung-yen-draft");

    @Test
    void aPackWhoseTestsFailIsNotExported(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(HUNG_YEN, dir.resolve("hy"));
        // the regulation changes, its tests do not: before the gate, export wrote this pack
        String rubric = Files.readString(pack.resolve("rubric.yaml"));
        int tier = rubric.indexOf("- label: kiểm điểm, phê bình");
        int points = rubric.indexOf("points: 2", tier);
        Files.writeString(pack.resolve("rubric.yaml"), rubric.substring(0, points) + "points: 1" + rubric.substring(points + "points: 2".length()));
        Path out = dir.resolve("out");
        Cli r = Cli.run("--lang", "en", "export", pack.toString(), "--version", "1.1.0", "-o", out.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(pack + " is not exported; nothing was written:"), r.err());
        assertTrue(r.err().contains("  · a test case fails: tests/tiers.yaml:96 · 5.2 · kiểm điểm, phê bình → 2 (rubric test shows how)"), r.err());
        assertEquals(6, r.err().lines().filter(l -> l.startsWith("  · a test case fails: ")).count(), "each failing case is a reason");
        assertFalse(Files.exists(out), "nothing written");

        // a draft is held to its tests too
        Cli draft = Cli.run("--lang", "en", "export", pack.toString(), "--version", "1.1.0", "--draft", "-o", out.toString());
        assertEquals(1, draft.exit(), draft.toString());
        assertFalse(Files.exists(out));

        // once the tests follow the change, the pack goes out
        assertEquals(0, Cli.run("test", pack.toString(), "--update", "--yes").exit());
        Cli exported = Cli.run("export", pack.toString(), "--version", "1.1.0", "-o", out.toString());
        assertEquals(0, exported.exit(), exported.toString());
        assertTrue(Files.readString(out.resolve("hung-yen-02-2020-1.1.0.pack.json")).contains("\"version\" : \"1.1.0\",\n  \"status\" : \"issued\","));
    }

    @Test
    void anIssuedVersionNamesItsDecisionAndADraftIsMarkedAndNumbered(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli issued = Cli.run("--lang", "en", "export", DRAFT.toString(), "--version", "1.0.0", "-o", out.toString());
        assertEquals(1, issued.exit(), issued.toString());
        assertEquals(List.of("  · the regulation block has no decision-date", "  · the regulation block has no effective-from"),
                issued.err().lines().filter(l -> l.startsWith("  · ")).toList());
        assertTrue(issued.err().contains("a draft not yet issued is exported with --draft"), issued.err());
        assertFalse(Files.exists(out));

        Cli first = Cli.run("export", DRAFT.toString(), "--version", "1.0.0", "--draft", "-o", out.toString());
        assertEquals(0, first.exit(), first.toString());
        String json = Files.readString(out.resolve("hung-yen-draft-1.0.0-draft.1.pack.json"));
        assertTrue(json.contains("\"version\" : \"1.0.0-draft.1\",\n  \"status\" : \"draft\","), json);
        // the next draft of the same version takes the next number; one given whole is taken as given
        assertEquals(0, Cli.run("export", DRAFT.toString(), "--version", "1.0.0", "--draft", "-o", out.toString()).exit());
        assertEquals(0, Cli.run("export", DRAFT.toString(), "--version", "1.0.0-draft.7", "--draft", "-o", out.toString()).exit());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("hung-yen-draft-1.0.0-draft.1.jar", "hung-yen-draft-1.0.0-draft.1.pack.json", "hung-yen-draft-1.0.0-draft.1.xlsx",
                    "hung-yen-draft-1.0.0-draft.2.jar", "hung-yen-draft-1.0.0-draft.2.pack.json", "hung-yen-draft-1.0.0-draft.2.xlsx",
                    "hung-yen-draft-1.0.0-draft.7.jar", "hung-yen-draft-1.0.0-draft.7.pack.json", "hung-yen-draft-1.0.0-draft.7.xlsx"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Cli verified = Cli.run("verify-pack", out.resolve("hung-yen-draft-1.0.0-draft.2.jar").toString());
        assertEquals(0, verified.exit(), verified.toString());

        Cli unmarked = Cli.run("--lang", "en", "export", DRAFT.toString(), "--version", "1.0.0-draft.3", "-o", out.toString());
        assertEquals(2, unmarked.exit(), unmarked.toString());
        assertTrue(unmarked.err().contains("version \"1.0.0-draft.3\" is a draft version: add --draft"), unmarked.err());
        Cli qualified = Cli.run("--lang", "en", "export", DRAFT.toString(), "--version", "1.0.0-rc1", "--draft", "-o", out.toString());
        assertEquals(2, qualified.exit(), qualified.toString());
    }

    @Test
    void aRubricWithErrorsIsNotExported(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(CliTest.pack(), dir.resolve("mini"));
        Files.writeString(pack.resolve("rubric.yaml"), Files.readString(pack.resolve("rubric.yaml")).replace("max: 6", "max: 7"));
        Cli r = Cli.run("--lang", "en", "export", pack.toString(), "--version", "1.0.0", "--draft", "-o", dir.resolve("out").toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(pack + " is not exported; nothing was written:\n  · the rubric has errors (listed above)"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
