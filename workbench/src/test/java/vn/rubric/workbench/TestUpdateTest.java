package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric test --update}: after a change to the rubric, the moved expectations are rewritten in place, and only they. */
class TestUpdateTest {

    private static final Path HUNG_YEN = Path.of("..", "samples", "hung-yen-02-2020");

    @Test
    void afterATierChangesOnlyTheMovedValuesAreRewrittenAndTheRerunPasses(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(HUNG_YEN, dir.resolve("hy"));
        // the amendment: "kiểm điểm, phê bình" gives 1 point instead of 2
        String rubric = Files.readString(pack.resolve("rubric.yaml"));
        int tier = rubric.indexOf("- label: kiểm điểm, phê bình");
        int points = rubric.indexOf("points: 2", tier);
        Files.writeString(pack.resolve("rubric.yaml"), rubric.substring(0, points) + "points: 1" + rubric.substring(points + "points: 2".length()));
        Map<Path, String> before = tests(pack);

        Cli failing = Cli.run("--lang", "en", "test", pack.toString());
        assertEquals(1, failing.exit(), failing.toString());

        Cli updated = Cli.run("--lang", "en", "test", pack.toString(), "--update", "--yes");
        assertEquals(0, updated.exit(), updated.toString());
        assertTrue(updated.out().contains("Expectations that move: 17 values in 6 cases"), updated.out());
        assertTrue(updated.out().contains("  tests/tiers.yaml:96 · 5.2 · kiểm điểm, phê bình → 2\n"
                + "      item 5.2: 2 → 1\n      criterion 5: 5 → 4\n      total: 97 → 96\n"), updated.out());
        assertTrue(updated.out().contains("class: Hoàn thành xuất sắc nhiệm vụ → Hoàn thành tốt nhiệm vụ"), updated.out());
        assertTrue(updated.out().contains("rewritten: tests/rating.yaml (10 values)"), updated.out());
        assertTrue(updated.out().contains("46 cases: 46 passed, 0 failed"), updated.out());

        Map<Path, String> after = tests(pack);
        // tiers.yaml, by hand: the three values of the one case that moves, nothing else (its class did not move)
        String tiers = before.get(Path.of("tiers.yaml"));
        int c = tiers.indexOf("- name: \"5.2 · kiểm điểm, phê bình → 2\"");
        int end = tiers.indexOf("- name:", c + 1);
        String moved = tiers.substring(c, end).replace("items: { \"5.2\": 2 }", "items: { \"5.2\": 1 }")
                .replace("criteria: { \"5\": 5 }", "criteria: { \"5\": 4 }").replace("total: 97", "total: 96");
        assertEquals(tiers.substring(0, c) + moved + tiers.substring(end), after.get(Path.of("tiers.yaml")));

        // every file: the same lines, and a changed line differs only in values, never in a key or a comment
        int changed = 0;
        for (Path f : before.keySet()) {
            List<String> a = before.get(f).lines().toList(), b = after.get(f).lines().toList();
            assertEquals(a.size(), b.size(), f + ": no line added or removed");
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).equals(b.get(i))) continue;
                changed++;
                assertEquals(keys(a.get(i)), keys(b.get(i)), f + ":" + (i + 1));
            }
        }
        assertEquals(17, changed);
        // a class that moved is rewritten on its own line; an expectation the case does not state is not added
        String rating = after.get(Path.of("rating.yaml"));
        String atFifty = rating.substring(rating.indexOf("- name: \"Đúng 50 điểm"), rating.indexOf("- name: \"49,75"));
        assertTrue(atFifty.contains("      total: 49\n      class: Không hoàn thành nhiệm vụ\n"), atFifty);
        String below = rating.substring(rating.indexOf("- name: \"49,75"));
        below = below.substring(0, below.indexOf("- name:", 1));
        assertFalse(below.contains("\"5\""), below);
        assertTrue(below.contains("total: 48.75"), below);

        Cli rerun = Cli.run("test", pack.toString());
        assertEquals(0, rerun.exit(), rerun.toString());
    }

    @Test
    void withoutATerminalAndWithoutYesNothingIsWritten(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(HUNG_YEN, dir.resolve("hy"));
        Files.writeString(pack.resolve("rubric.yaml"), Files.readString(pack.resolve("rubric.yaml"))
                .replace("good_class_min: { value: 70,", "good_class_min: { value: 72,"));
        Map<Path, String> before = tests(pack);
        Cli r = Cli.run("--lang", "en", "test", pack.toString(), "--update");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.out().contains("class: Hoàn thành tốt nhiệm vụ → Hoàn thành nhiệm vụ"), r.out());
        assertTrue(r.err().contains("there is no terminal to ask on; nothing written. Run it again with --yes"), r.err());
        assertEquals(before, tests(pack));
        try (Stream<Path> s = Files.list(pack.resolve("tests"))) {
            assertEquals(before.size(), s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void whatIsNotOneValueIsLeftAndSaidAndTheRunStillFails(@TempDir Path dir) throws IOException {
        Path pack = TestFolders.copy(CliTest.pack(), dir.resolve("mini"));
        Files.createDirectories(pack.resolve("tests"));
        String tests = """
                # a handled hot spot: 3 of 6 points
                cases:
                  - name: đã xử lý
                    evidence: { hot_spot: handled }
                    expect:
                      items:
                        "1.1": 3      # the tier
                      total: 7
                      class: Khá
                      barred: []
                """;
        Files.writeString(pack.resolve("tests/handled.yaml"), tests);
        // now a handled hot spot keeps every point, but still bars the top class
        Files.writeString(pack.resolve("rubric.yaml"), Files.readString(pack.resolve("rubric.yaml"))
                .replace("when: hot_spot == handled, points: 3", "when: hot_spot == handled, points: 6")
                .replace("when: hot_spot == unhandled", "when: hot_spot != none"));
        Cli r = Cli.run("--lang", "en", "test", pack.toString(), "--update", "--yes");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("item 1.1: 3 → 6"), r.out());
        assertTrue(r.out().contains("barred: expected [], got [Xuất sắc (Điểm nóng chưa xử lý)]; not rewritten: not a single value"), r.out());
        assertEquals(tests.replace("\"1.1\": 3      #", "\"1.1\": 6      #").replace("total: 7", "total: 10"),
                Files.readString(pack.resolve("tests/handled.yaml")));
        assertTrue(r.out().contains("1 cases: 0 passed, 1 failed"), r.out());
    }

    /** The keys and comment of a line: what an update must leave as written. */
    private static String keys(String line) {
        return line.replaceAll("(:\\s+)(\"[^\"]*\"|[^,{}\\[#\\s][^,}#]*?)(?=\\s*(,|}|#|$))", "$1_");
    }

    private static Map<Path, String> tests(Path pack) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(pack.resolve("tests"))) {
            for (Path f : s.sorted().toList()) out.put(pack.resolve("tests").relativize(f), Files.readString(f, StandardCharsets.UTF_8));
        }
        return out;
    }

}
