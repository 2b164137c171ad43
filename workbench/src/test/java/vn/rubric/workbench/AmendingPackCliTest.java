package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An amending pack through the CLI: it validates, scores and compares like any pack, and a
 * mistake in it is a located error with exit 1, never a stack trace.
 */
class AmendingPackCliTest {

    @TempDir
    Path dir;
    Path base;

    @BeforeEach
    void theTestPackIsTheRegulationInForce() throws IOException {
        base = dir.resolve("base");
        Files.createDirectories(base.resolve("data"));
        Files.copy(CliTest.pack().resolve("rubric.yaml"), base.resolve("rubric.yaml"));
        Files.copy(CliTest.pack().resolve("data/units.csv"), base.resolve("data/units.csv"));
    }

    private Path draft(String name, String text) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("rubric.yaml"), text, StandardCharsets.UTF_8);
        return folder;
    }

    private static String header(String amends) {
        return "amends: " + amends + "\nregulation:\n  id: mini-draft\n  cite: Dự thảo\nchanges:\n";
    }

    /** Exit 1, the error at {@code file:line}, and no Java in sight. */
    private static void failsAt(Cli r, String code, Path file, int line) {
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(file + ":" + line + ":") && r.err().contains("error " + code + ":"), r.toString());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.toString());
    }

    @Test
    void anAmendingPackIsComparedWithItsBase() throws IOException {
        Path draft = draft("draft", header("../base") + """
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 1 }
                """);
        Cli v = Cli.run("--lang", "en", "validate", draft.toString());
        assertEquals(0, v.exit(), v.toString());
        Cli d = Cli.run("--lang", "en", "diff", base.toString(), draft.toString(), "--data", base.resolve("data/units.csv").toString());
        assertEquals(0, d.exit(), d.toString());
        Cli s = Cli.run("--lang", "en", "score", draft.toString(), "--data", base.resolve("data/units.csv").toString(), "--unit", "u2");
        assertEquals(0, s.exit(), s.toString());
        assertTrue(s.out().contains("Dự thảo, Điều 1, khoản 1"), s.out());
    }

    @Test
    void anAmendsPathThatDoesNotExist() throws IOException {
        Path draft = draft("draft", header("../hung-yen-02-2021") + "  []\n");
        for (String command : new String[] {"validate", "test", "compile"}) {
            failsAt(Cli.run("--lang", "en", command, draft.toString()), "E-AMEND-BASE-MISSING", draft.resolve("rubric.yaml"), 1);
        }
    }

    @Test
    void aCircleOfAmendments() throws IOException {
        Path a = draft("a", header("../b") + "  []\n");
        Path b = draft("b", header("../a") + "  []\n");
        Cli r = Cli.run("--lang", "en", "validate", a.toString());
        failsAt(r, "E-AMEND-CYCLE", b.resolve("rubric.yaml"), 1);
        assertTrue(r.err().contains(a.resolve("rubric.yaml") + " → " + b.resolve("rubric.yaml") + " → " + a.resolve("rubric.yaml")), r.err());
    }

    @Test
    void aChangeOnARemovedItem() throws IOException {
        Path draft = draft("draft", header("../base") + """
                  - cite: Điều 1
                    item: "1.2"
                    remove: true
                  - cite: Điều 2
                    item: "1.2"
                    set: { max: 3 }
                """);
        Cli r = Cli.run("--lang", "en", "validate", draft.toString());
        failsAt(r, "E-CHANGE-REMOVED", draft.resolve("rubric.yaml"), 9);
        assertTrue(r.err().contains("was removed by the change on line 6"), r.err());
    }

    @Test
    void twoChangesToTheSameThing() throws IOException {
        Path draft = draft("draft", header("../base") + """
                  - cite: Điều 1
                    class: Khá
                    set: { min: 6 }
                  - cite: Điều 2
                    class: Khá
                    set: { min: 7 }
                """);
        Cli r = Cli.run("--lang", "en", "diff", base.toString(), draft.toString(), "--data", base.resolve("data/units.csv").toString());
        failsAt(r, "E-CHANGE-TWICE", draft.resolve("rubric.yaml"), 9);
        assertTrue(r.err().contains("this change and the one on line 6 both change rating class \"Khá\""), r.err());
    }

    @Test
    void anErrorOnABaseLineSaysItIsInTheAmendedRegulation() throws IOException {
        Path draft = draft("draft", header("../base") + """
                  - cite: Điều 1
                    item: "1.1"
                    set: { max: 7 }
                """);
        Cli r = Cli.run("--lang", "en", "validate", draft.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(base.resolve("rubric.yaml") + ":"), r.err());
        assertTrue(r.err().contains("E-SUM-CRITERION") && r.err().contains("(in the regulation this draft amends: " + base.resolve("rubric.yaml") + ")"), r.err());
    }
}
