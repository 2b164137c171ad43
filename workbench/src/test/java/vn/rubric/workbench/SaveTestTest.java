package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric score --unit ID --save-test FILE}: the unit's sheet frozen as a test case, which then passes. */
class SaveTestTest {

    @Test
    void aSavedSheetIsACaseThatPasses(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(Path.of("..", "samples", "hung-yen-02-2020"), dir.resolve("hy"));
        Path saved = pack.resolve("tests/saved.yaml");
        Cli r = Cli.run("--lang", "en", "score", pack.toString(), "--unit", "vg-ttyt", "--save-test", saved.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("SCORING SHEET: Trung tâm Y tế huyện Văn Giang (vg-ttyt)"), "the sheet is printed as usual");
        assertTrue(r.err().contains("test case \"Trung tâm Y tế huyện Văn Giang (vg-ttyt)\" saved in " + saved), r.err());
        String text = Files.readString(saved);
        assertTrue(text.startsWith("cases:\n  - name: \"Trung tâm Y tế huyện Văn Giang (vg-ttyt)\"\n"
                + "    description: \"The sheet of the unit in units.csv, saved by rubric score --save-test.\"\n    evidence:\n"), text);
        assertTrue(text.contains("      total: 94.25\n      class: Hoàn thành tốt nhiệm vụ\n"), text);
        assertTrue(text.contains("\"4.4\": 6"), text);

        // into a file that has a baseline and comments: they stay, the case comes last, and still passes
        Path tiers = pack.resolve("tests/tiers.yaml");
        String before = Files.readString(tiers);
        Cli again = Cli.run("score", pack.toString(), "--unit", "vg-ttyt", "--save-test", tiers.toString());
        assertEquals(0, again.exit(), again.toString());
        String after = Files.readString(tiers);
        assertTrue(after.startsWith(before), "nothing written before is changed");
        assertTrue(after.substring(before.length()).startsWith("\n  - name: \"Trung tâm Y tế huyện Văn Giang (vg-ttyt)\"\n"), after.substring(before.length()));

        Cli tested = Cli.run("--lang", "en", "test", pack.toString());
        assertEquals(0, tested.exit(), tested.toString());
        assertTrue(tested.out().contains("✓ tests/saved.yaml · Trung tâm Y tế huyện Văn Giang (vg-ttyt)"), tested.out());
        assertTrue(tested.out().contains("✓ tests/tiers.yaml · Trung tâm Y tế huyện Văn Giang (vg-ttyt)"), tested.out());
        assertTrue(tested.out().contains("48 cases: 48 passed, 0 failed"), tested.out());
    }

    @Test
    void withAQuotaTheCaseExpectsWhatTheUnitGetsOnItsOwnAndSaysSo(@TempDir Path dir) throws IOException {
        // an amending pack, beside the regulation it amends
        TestFolders.copy(Path.of("..", "samples", "hung-yen-02-2020"), dir.resolve("hung-yen-02-2020"));
        Path pack = TestFolders.copy(Path.of("..", "samples", "hung-yen-draft"), dir.resolve("hung-yen-draft"));
        // third of three units that reach the top class, where the quota allows two
        Cli r = Cli.run("--lang", "en", "score", pack.toString(), "--unit", "vg-ldtbxh", "--save-test", pack.resolve("tests/saved.yaml").toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("thứ 3/3, chỉ 2 đơn vị được xếp"), r.out());
        assertTrue(r.err().contains("note: a test case is scored on its own, so the case expects Hoàn thành xuất sắc nhiệm vụ; "
                + "among the units of units.csv the unit gets Hoàn thành tốt nhiệm vụ"), r.err());
        Cli tested = Cli.run("test", pack.toString());
        assertEquals(0, tested.exit(), tested.toString());

        // a file scored together is a population: a case is not slipped into it
        Path quota = pack.resolve("tests/quota.yaml");
        String before = Files.readString(quota);
        Cli refused = Cli.run("--lang", "en", "score", pack.toString(), "--unit", "vg-ldtbxh", "--save-test", quota.toString());
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains(quota + ":5:1: error E-TEST-SAVE-TOGETHER"), refused.err());
        assertEquals(before, Files.readString(quota));
    }

    @Test
    void saveTestNeedsOneUnit(@TempDir Path dir) {
        Cli r = Cli.run("--lang", "en", "score", CliTest.pack().toString(), "--save-test", dir.resolve("t.yaml").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--save-test saves the sheet of one unit: give --unit ID too"), r.err());
        assertFalse(Files.exists(dir.resolve("t.yaml")));
    }
}
