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
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/**
 * The hostile-input suite, running and writing side (issue 14): each probe runs the CLI
 * in-process on something a careless or hostile user could hand it, and holds it to the
 * promise: exit 1 or 2, a located message, no stack trace, nothing left behind.
 */
public class HostileRunTest {

    /** The promise every probe checks: a user error, no stack trace, no framework log line. */
    static void userError(Cli r, int exit, String located) {
        assertEquals(exit, r.exit(), r.toString());
        assertTrue((r.out() + r.err()).contains(located), "expected \"" + located + "\" in\n" + r);
        noTrace(r);
    }

    static void noTrace(Cli r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception in thread") || all.contains("] ERROR "), "a trace or log line:\n" + r);
        assertFalse(all.contains("internal error") || all.contains("lỗi nội bộ"), "an internal error:\n" + r);
    }

    /** Nothing but what the test made: no temporary file left beside an output. */
    static void nothingLeft(Path dir, String... expected) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(Stream.of(expected).sorted().toList(), names);
        }
    }

    // ---------------------------------------------------------------- the CLI itself (cause 12)

    @Test
    void everyCommandsHelpExitsZero() {
        Registry registry = PluginLoader.load(PluginFolders.none()).registry();
        List<String> commands = registry.entries(ExtensionPoints.COMMANDS).stream().map(Registry.Contribution::name).toList();
        assertTrue(commands.contains("export") && commands.contains("serve-api"), commands.toString());
        for (String c : commands) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.exit(), c + " --help:\n" + r);
            assertTrue(r.out().contains("rubric " + c), c + " --help:\n" + r);
        }
    }

    @Test
    void aHostThatDoesNotResolveIsAUserErrorNamingIt() {
        Cli r = Cli.run("--lang", "en", "serve-api", CliTest.pack().toString(), "--host", "no such host", "--port", "0");
        userError(r, 2, "--host no such host: no such address");
    }

    // ---------------------------------------------------------------- -o paths (cause 9)

    private static Cli scoreTo(String output) {
        return Cli.run("--lang", "en", "score", CliTest.pack().toString(), "--format", "json", "-o", output);
    }

    @Test
    void anOutputUnderAFileNamesTheUsersPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Path out = dir.resolve("notes.txt").resolve("sheets.json");
        userError(scoreTo(out.toString()), 2, out + ": error E-OUTPUT-UNDER-FILE: cannot write " + out + ": " + dir.resolve("notes.txt") + " is a file");
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        nothingLeft(dir, "notes.txt");
    }

    @Test
    void anOutputThatIsAFolderIsNotReplaced(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("out"));
        userError(scoreTo(dir.resolve("out").toString()), 2, "E-OUTPUT-FOLDER: cannot write " + dir.resolve("out") + ": it is a folder");
        assertTrue(Files.isDirectory(dir.resolve("out")));
        nothingLeft(dir, "out");
    }

    @Test
    void anEmptyOrOverLongNameIsAUserError(@TempDir Path dir) throws IOException {
        userError(scoreTo(""), 2, "E-OUTPUT-NAME-EMPTY");
        userError(scoreTo(dir.resolve("x".repeat(300) + ".json").toString()), 2, "has 305 bytes, more than the 255");
        nothingLeft(dir);
    }

    @Test
    void aSymlinkOrFifoGivenAsOutputIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), mine);
        userError(scoreTo(link.toString()), 2, link + ": error E-OUTPUT-SPECIAL");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("mine", Files.readString(mine));
        Path fifo = dir.resolve("fifo.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        userError(scoreTo(fifo.toString()), 2, fifo + ": error E-OUTPUT-SPECIAL");
        assertFalse(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        nothingLeft(dir, "fifo.json", "link.json", "mine.txt");
    }

    @Test
    void aReadOnlyFolderIsAUserErrorNamingThePath(@TempDir Path dir) throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false, false);
        try {
            // root writes anywhere: the probe needs a folder this user cannot write to
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro) && canCreateIn(ro), "running as root");
            Path out = ro.resolve("sheets.json");
            userError(scoreTo(out.toString()), 2, out + ": error E-OUTPUT-DENIED");
            nothingLeft(ro);
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ""));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void exportIsAllOrNone(@TempDir Path dir) throws IOException {
        Path pack = issuedPack(dir.resolve("pack"));
        dir = Files.createDirectory(dir.resolve("out"));
        Path jar = Files.writeString(dir.resolve("mini-1.0.0.jar"), "an older jar");
        Files.createDirectory(dir.resolve("mini-1.0.0.pack.json"));
        Cli r = Cli.run("--lang", "en", "export", pack.toString(), "--version", "1.0.0", "-o", dir.toString());
        userError(r, 2, dir.resolve("mini-1.0.0.pack.json") + ": error E-OUTPUT-FOLDER");
        assertEquals("an older jar", Files.readString(jar));
        nothingLeft(dir, "mini-1.0.0.jar", "mini-1.0.0.pack.json");
    }

    // ---------------------------------------------------------------- formula injection (cause 10)

    private static Path formulaNames(Path dir) throws IOException {
        return Files.writeString(dir.resolve("units.csv"), "unit_id,unit_name,hot_spot,office\n"
                + "u1,\"=cmd|' /C calc'!A0\",none,1\nu2,+1+1,handled,0.5\nu3,@SUM(A1),none,1\nu5,-2,none,1\n");
    }

    @Test
    void formulaLikeTextIsWrittenAsTextInCsv(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("score", CliTest.pack().toString(), "--data", formulaNames(dir).toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("\nu1,\"'=cmd|' /C calc'!A0\",10,"), r.out());
        assertTrue(r.out().contains("\nu2,\"'+1+1\","), r.out());
        assertTrue(r.out().contains("\nu3,\"'@SUM(A1)\","), r.out());
        // a name that is a plain number is no formula: left as it is
        assertTrue(r.out().contains("\nu5,-2,10,"), r.out());
    }

    @Test
    void formulaLikeTextIsQuotePrefixedInXlsx(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("sheets.xlsx");
        Cli r = Cli.run("score", CliTest.pack().toString(), "--data", formulaNames(dir).toString(), "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, r.exit(), r.toString());
        int risky = 0, plain = 0;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        assertFalse(c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA, "a formula at " + sheet.getSheetName() + "!" + c.getAddress());
                        if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                        String v = c.getStringCellValue();
                        if (v.startsWith("=cmd") || v.startsWith("+1+1") || v.startsWith("@SUM")) {
                            assertTrue(c.getCellStyle().getQuotePrefixed(), v + " at " + sheet.getSheetName() + "!" + c.getAddress());
                            risky++;
                        } else if (v.startsWith("Phòng") || v.equals("u1")) {
                            assertFalse(c.getCellStyle().getQuotePrefixed(), v);
                            plain++;
                        }
                    }
                }
            }
        }
        assertTrue(risky >= 3, "the names are in the workbook: " + risky);
    }

    // ---------------------------------------------------------------- pack entries (cause 4)

    @Test
    void aPackEntryThatInflatesPastTheLimitIsRefusedByNameWhileReading(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("bomb-1.0.0.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("rubric/bomb/generated.drl"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertTrue(Files.size(jar) < 1 << 20, "a small jar: " + Files.size(jar));
        Cli r = Cli.run("--lang", "en", "verify-pack", jar.toString());
        userError(r, 1, jar + "!/rubric/bomb/generated.drl: error E-PACK-ENTRY-TOO-LARGE: entry \"rubric/bomb/generated.drl\" inflates to more than 64 MB");
        nothingLeft(dir, "bomb-1.0.0.jar");
    }

    // ---------------------------------------------------------------- rules that loop (cause 6)

    /** The test pack with a hand-written rule that updates the unit it matches, for ever. */
    static Path loopingPack(Path dir) throws IOException {
        Path pack = issuedPack(dir);
        Files.createDirectories(pack.resolve("rules"));
        Files.writeString(pack.resolve("rules/loop.drl"), """
                package rubric.mini;

                // updates the unit it matches: fires again on every update
                rule "cập nhật mãi"
                when
                    $u : Unit( hot_spot == "none" )
                then
                    update($u);
                end
                """);
        Files.createDirectories(pack.resolve("tests"));
        Files.writeString(pack.resolve("tests/cases.yaml"), """
                cases:
                  - name: không có điểm nóng
                    evidence: { hot_spot: none }
                    expect: { total: 10 }
                """);
        return pack;
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // without a bound on firings, it never returns
    void aHandWrittenRuleThatLoopsStopsTestAndScoreNamingTheRule(@TempDir Path dir) throws IOException {
        Path pack = loopingPack(dir.resolve("pack"));
        String where = pack.resolve("rules/loop.drl") + ":4:1: error E-RULE-LOOP: rule \"cập nhật mãi\" fired more than 100 times a unit";
        long started = System.nanoTime();
        userError(Cli.run("--lang", "en", "test", pack.toString()), 1, where);
        userError(Cli.run("--lang", "en", "score", pack.toString()), 1, where);
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "stopped within seconds");
        // validate builds the rules but runs none: it still passes
        assertEquals(0, Cli.run("validate", pack.toString()).exit());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void verifyPackStopsAPackWhoseRuleLoops(@TempDir Path dir) throws IOException {
        Path pack = issuedPack(dir.resolve("pack"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createDirectories(pack.resolve("tests"));
        Files.writeString(pack.resolve("tests/cases.yaml"), "cases:\n  - name: x\n    evidence: { hot_spot: none }\n    expect: { total: 10 }\n");
        assertEquals(0, Cli.run("export", pack.toString(), "--version", "1.0.0", "-o", out.toString()).exit());
        // the jar's DRL given a looping rule after export, its checksums made to fit
        Path jar = out.resolve("mini-1.0.0.jar");
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
        String drlName = entries.keySet().stream().filter(n -> n.endsWith("/generated.drl")).findFirst().orElseThrow();
        byte[] before = entries.get(drlName);
        byte[] after = (new String(before, java.nio.charset.StandardCharsets.UTF_8)
                + "\nrule \"cập nhật mãi\"\nwhen\n    $u : Unit()\nthen\n    update($u);\nend\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        entries.put(drlName, after);
        String inner = new String(entries.get("META-INF/rubric/pack.json"), java.nio.charset.StandardCharsets.UTF_8);
        entries.put("META-INF/rubric/pack.json", inner.replace(vn.rubric.workbench.exporters.PackJson.sha256(before),
                vn.rubric.workbench.exporters.PackJson.sha256(after)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(jar, VerifyPackTest.zip(entries));
        Files.delete(out.resolve("mini-1.0.0.pack.json"));
        Cli r = Cli.run("--lang", "en", "verify-pack", jar.toString());
        userError(r, 1, "error E-RULE-LOOP: rule \"cập nhật mãi\" fired more than 100 times a unit");
        // trust stated (cause 7): verify-pack says that it ran the pack's code
        assertTrue(r.out().contains("the pack's rules ran on this machine with your rights"), r.out());
        assertTrue(r.out().contains("refused"), r.out());
    }

    /** The test pack, with the dates an issued version needs. */
    public static Path issuedPack(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.copy(CliTest.pack().resolve("data/units.csv"), dir.resolve("data/units.csv"));
        String rubric = Files.readString(CliTest.pack().resolve("rubric.yaml"));
        Files.writeString(dir.resolve("rubric.yaml"), rubric.replace("  cite: QĐ 1/2026\n", "  cite: QĐ 1/2026\n  decision-date: 2026-01-05\n  effective-from: 2026-02-01\n"));
        return dir;
    }
}
