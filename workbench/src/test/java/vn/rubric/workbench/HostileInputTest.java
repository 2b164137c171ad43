package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's hostile-input suite: the CLI run in-process on crafted files, each probe
 * holding the promise of issue 14 — exit 1 or 2, a located message (file:line or
 * file:line:column) in the user's words, no stack trace and no parser internals, within
 * seconds, and nothing written or left beside the input. Add a probe here for every new
 * way a file, request or pack can break the workbench. (A request body over its limit is
 * probed where the service runs: ScoreServiceTest.aBodyOverTheLimitIs413WithTheLimitAndItsSetting.)
 */
class HostileInputTest {

    /** Generous for a slow, shared machine: each probe takes well under a second alone. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** A copy of the test pack, its rubric changed by {@code rubric} (null: as it is). */
    private Path pack(String name, java.util.function.UnaryOperator<String> rubric) throws IOException {
        Path p = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(p.resolve("data"));
        String text = Files.readString(CliTest.pack().resolve("rubric.yaml"), StandardCharsets.UTF_8);
        Files.writeString(p.resolve("rubric.yaml"), rubric == null ? text : rubric.apply(text), StandardCharsets.UTF_8);
        Files.copy(CliTest.pack().resolve("data/units.csv"), p.resolve("data/units.csv"));
        return p;
    }

    /**
     * Runs the CLI (in English) and checks the promise: exit 1 or 2, {@code located} (a
     * position, quoted) followed by {@code code} in stderr, no trace, nothing new in the
     * folder the input is in.
     */
    private static Cli refused(Path folder, String located, String code, String... args) throws IOException {
        List<Path> before = listing(folder);
        String[] all = Stream.concat(Stream.of("--lang", "en"), Stream.of(args)).toArray(String[]::new);
        Cli r = assertTimeoutPreemptively(BOUND, () -> Cli.run(all));
        assertTrue(r.exit() == 1 || r.exit() == 2, r.toString());
        assertTrue(Pattern.compile(Pattern.quote(located) + "(:\\d+)*: error " + Pattern.quote(code) + ": ").matcher(r.err()).find(), r.toString());
        for (String internal : List.of("\tat ", "Exception", "REDACTED", "StreamReadConstraints", "StreamReadFeature", "code points", "Input length"))
            assertFalse(r.err().contains(internal) || r.out().contains(internal), internal + " in " + r);
        assertEquals(before, listing(folder), "nothing left behind");
        return r;
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.sorted().toList();
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // 1: sizes checked before parsing

    @Test
    void aFortyMegabyteScalarInTheRubricFailsFast() throws IOException {
        Path p = pack("big", null);
        byte[] big = new byte[40 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] head = "regulation:\n  title: ".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        Files.write(p.resolve("rubric.yaml"), big);
        Cli r = refused(p, p.resolve("rubric.yaml").toString(), "E-INPUT-TOO-LARGE", "validate", p.toString());
        assertTrue(r.err().contains("RUBRIC_LIMIT_RUBRIC_MB"), "says how to raise the limit: " + r.err());
    }

    @Test
    void aHandWrittenRulesFileThatIsALinkToDevZeroIsReadOnlyUpToTheLimit() throws IOException {
        if (!Files.isReadable(Path.of("/dev/zero"))) return;
        Path p = pack("zero-rules", null);
        Files.createDirectories(p.resolve("rules"));
        Path drl = p.resolve("rules").resolve("extra.drl");
        Files.createSymbolicLink(drl, Path.of("/dev/zero"));
        try {
            Cli r = refused(p, drl.toString(), "E-INPUT-TOO-LARGE-STREAM", "validate", p.toString());
            assertTrue(r.err().contains("RUBRIC_LIMIT_RULES_MB"), "says how to raise the limit: " + r.err());
        } finally {
            Files.delete(drl);
        }
    }

    @Test
    void aRubricThatIsALinkToDevZeroIsReadOnlyUpToTheLimit() throws IOException {
        if (!Files.isReadable(Path.of("/dev/zero"))) return;
        Path p = pack("zero", null);
        Files.delete(p.resolve("rubric.yaml"));
        Files.createSymbolicLink(p.resolve("rubric.yaml"), Path.of("/dev/zero"));
        refused(p, p.resolve("rubric.yaml").toString(), "E-INPUT-TOO-LARGE-STREAM", "validate", p.toString());
        Files.delete(p.resolve("rubric.yaml")); // the link, before JUnit warns about a link out of its folder
    }

    // 2: JSON data read by a streaming reader, with no hidden cap

    @Test
    void tenThousandUnitsAsJsonAreScored() throws IOException {
        Path p = pack("json", null);
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "" : ",\n").append("{ \"unit_id\": \"u").append(i).append("\", \"unit_name\": \"")
                    .append("UBND xã số ").append(i).append(" ".repeat(300)).append("\", \"hot_spot\": \"none\", \"office\": 1 }");
        }
        Path data = write(dir.resolve("units.json"), json.append("\n]\n").toString());
        assertTrue(Files.size(data) > 3 * 1024 * 1024);
        Cli r = assertTimeoutPreemptively(BOUND, () -> Cli.run("--lang", "en", "simulate", p.toString(), "--data", data.toString()));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("10,000") || r.out().contains("10000"), r.out());
    }

    // 3: nothing silently ignored

    @Test
    void aDocumentMarkerBeforeBonusIsAnErrorNotADroppedSection() throws IOException {
        Path p = pack("bonus", t -> t.replace("rating:\n", "---\nbonus:\n  max: 2\nrating:\n"));
        refused(p, p.resolve("rubric.yaml").toString(), "E-YAML-MORE-DOCUMENTS", "validate", p.toString());
    }

    @Test
    void twoJsonArraysOneAfterTheOtherAreAnError() throws IOException {
        Path p = pack("arrays", null);
        Path data = write(dir.resolve("two.json"), "[ { \"unit_id\": \"u1\", \"hot_spot\": \"none\" } ]\n[ { \"unit_id\": \"u2\", \"hot_spot\": \"none\" } ]\n");
        refused(dir, data + ":2:1", "E-DATA-MORE-CONTENT", "score", p.toString(), "--data", data.toString());
    }

    @Test
    void aDataYamlWithTwoDocumentsIsAnError() throws IOException {
        Path p = pack("docs", null);
        Path data = write(dir.resolve("two.yaml"), "- unit_id: u1\n  hot_spot: none\n---\n- unit_id: u2\n  hot_spot: none\n");
        refused(dir, data + ":4", "E-YAML-MORE-DOCUMENTS", "score", p.toString(), "--data", data.toString());
    }

    // 5: every parser failure located, in the user's words

    @Test
    void invalidUtf8InATestFileIsLocated() throws IOException {
        Path p = pack("utf8", null);
        Files.createDirectories(p.resolve("tests"));
        byte[] head = "cases:\n  - name: \"Tr".getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 2);
        all[head.length] = (byte) 0xC3; // a lead byte, then a quote: not UTF-8
        all[head.length + 1] = '"';
        Files.write(p.resolve("tests/cases.yaml"), all);
        Cli r = refused(p, p.resolve("tests/cases.yaml") + ":2:14", "E-FILE-ENCODING", "test", p.toString());
        assertTrue(r.err().contains("byte offset 20"), r.err());
    }

    @Test
    void deepNestingIsLocatedWithoutTheParsersConstraint() throws IOException {
        Path p = pack("deep", t -> t.replace("  total: 10\n", "  total: 10\n  note: " + "[".repeat(3000) + "]".repeat(3000) + "\n"));
        refused(p, p.resolve("rubric.yaml") + ":7", "E-INPUT-TOO-DEEP", "validate", p.toString());
    }

    @Test
    void aCsvQuoteOpenedOnLineThreeIsReportedAtLineThree() throws IOException {
        Path p = pack("quote", null);
        Path data = write(dir.resolve("quote.csv"), "unit_id,unit_name,hot_spot,office\nu1,A,none,1\nu2,\"B,none,1\nu3,C,none,1\nu4,D,none,1\nu5,E,none,1\nu6,\"F\",none,1\n");
        refused(dir, data + ":3:4", "E-DATA-QUOTE-CLOSED-LATE", "score", p.toString(), "--data", data.toString());
    }

    @Test
    void aNulInACsvHeaderIsNamedAsSuch() throws IOException {
        Path p = pack("nul", null);
        Path data = write(dir.resolve("nul.csv"), "unit_id,unit_name\u0000,hot_spot,office\nu1,A,none,1\n");
        Cli r = refused(dir, data + ":1:18", "E-DATA-CONTROL-CHAR", "score", p.toString(), "--data", data.toString());
        assertFalse(r.err().contains("did you mean"), r.err());
    }

    @Test
    void aGarbledPackJsonIsLocatedWithoutTheParsersText() throws IOException {
        Path jar = dir.resolve("garbled-1.0.0.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/rubric/pack.json"));
            zip.write("{ \"format\": \"rubric-workbench/pack@1\",\n  \"id\": \u0001 }".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        refused(dir, jar + "!/META-INF/rubric/pack.json:2", "E-PACK-MANIFEST-SYNTAX", "verify-pack", jar.toString());
    }

    // 11: no silently wrong values

    @Test
    void aHugeCountIsAnErrorNotClamped() throws IOException {
        Path p = pack("count", t -> t.replace("evidence:\n", "evidence:\n  complaints: { label: Số vụ khiếu nại, type: count, default: 0 }\n"));
        Path data = write(dir.resolve("count.csv"), "unit_id,unit_name,hot_spot,office,complaints\nu1,A,none,1,99999999999999999999\n");
        Cli r = refused(dir, data + ":2:13", "E-DATA-COUNT-RANGE", "score", p.toString(), "--data", data.toString());
        assertFalse(r.out().contains("2147483647"), r.out());
    }

    @Test
    void anAliasInATextFieldIsRefused() throws IOException {
        Path p = pack("alias", null);
        Path data = write(dir.resolve("alias.yaml"), "- unit_id: u1\n  unit_name: &n UBND xã An Bình\n  hot_spot: none\n- unit_id: u2\n  unit_name: *n\n  hot_spot: none\n");
        refused(dir, data + ":5:14", "E-YAML-ALIAS", "score", p.toString(), "--data", data.toString());
    }

    @Test
    void aSweepOfAMillionStepsSaysHowManyItWouldTake() throws IOException {
        Path p = pack("sweep", null);
        List<Path> before = listing(dir);
        Cli r = assertTimeoutPreemptively(BOUND, () -> Cli.run("--lang", "en", "sweep", p.toString(), "--param", "top=0..1000000:0.001"));
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("would try 1,000,000,001 values; at most 201"), r.err());
        assertEquals(before, listing(dir));
    }
}
