package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.YamlReader;

/**
 * Rubric and test files that are broken or hostile: each refused with a located message in
 * the user's words (no parser text), within the limits of its kind, nothing read in silence.
 */
class HostileSourceTest {

    private static final Messages EN = Messages.diagnostics(Locale.ENGLISH);

    @TempDir
    Path dir;

    private static List<String> rendered(Diagnostics d) {
        return d.sorted().stream().map(x -> EN.render(x).lines().findFirst().orElseThrow()).toList();
    }

    private static List<String> parsed(String text) {
        Diagnostics d = new Diagnostics();
        assertNull(YamlReader.parse(Fixtures.FILE, text, d));
        return rendered(d);
    }

    @Test
    void aSecondDocumentIsAnErrorAtItsLineNotIgnored() {
        String rubric = Fixtures.MINI + "---\nbonus:\n  max: 2\n";
        RubricLoader.Result r = RubricLoader.parse(Fixtures.FILE, rubric);
        int line = (int) Fixtures.MINI.lines().count() + 2;
        assertEquals(List.of(Fixtures.FILE + ":" + line + ":1: error E-YAML-MORE-DOCUMENTS: a second YAML document starts here, after the \"---\" on line "
                + (line - 1) + "; it would be ignored"), rendered(r.diagnostics()));
        // a "---" that starts the file is one document, as YAML has it
        Diagnostics d = new Diagnostics();
        YamlReader.parse(Fixtures.FILE, "---\na: 1\n", d);
        assertEquals(List.of(), rendered(d));
    }

    @Test
    void anAliasIsRefusedNotReadAsItsName() {
        assertEquals(List.of(Fixtures.FILE + ":2:8: error E-YAML-ALIAS: *t is a YAML alias; aliases are not read (the value would be the name \"t\", not what the anchor holds)"),
                parsed("a: &t Tiêu đề\ntitle: *t\n"));
    }

    @Test
    void syntaxErrorsAreLocatedInTheUsersWordsNotTheParsers() {
        assertEquals(List.of(Fixtures.FILE + ":2:1: error E-YAML-SYNTAX: this is not valid YAML: a tab character; YAML indents with spaces only"),
                parsed("a:\n\tb: 1\n"));
        assertEquals(List.of(Fixtures.FILE + ":1:8: error E-YAML-SYNTAX: this is not valid YAML: a quote opened and never closed"),
                parsed("title: \"Đánh giá\nmax: 10\n"));
        Diagnostics vi = new Diagnostics();
        YamlReader.parse(Fixtures.FILE, "a: b: c\n", vi);
        assertEquals(Fixtures.FILE + ":1:5: lỗi E-YAML-SYNTAX: tệp không đúng cú pháp YAML: \": \" (dấu hai chấm và dấu cách) trong một giá trị, hoặc một khóa ở chỗ không được có khóa",
                Messages.diagnostics(Messages.VIETNAMESE).render(vi.all().get(0)).lines().findFirst().orElseThrow());
    }

    @Test
    void nestingDeeperThanTheLimitIsLocatedWithoutTheParsersConstraintText() {
        String deep = "a: " + "[".repeat(2000) + "]".repeat(2000) + "\n";
        assertEquals(List.of(Fixtures.FILE + ":1:" + (3 + InputLimit.RUBRIC.depth()) + ": error E-INPUT-TOO-DEEP: lists and mappings are nested more than 64 levels deep here"),
                parsed(deep));
    }

    @Test
    void invalidUtf8IsLocatedByLineColumnAndByteOffset() throws IOException {
        Path f = dir.resolve("rubric.yaml");
        byte[] head = "id: x\ntitle: Tr".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 3];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xEA; // a lead byte of three, cut short by a newline
        all[head.length + 1] = '\n';
        all[head.length + 2] = 'x';
        Files.write(f, all);
        RubricLoader.Result r = RubricLoader.load(f, null);
        assertEquals(List.of(f + ":2:10: error E-FILE-ENCODING: this file is not UTF-8 text: byte 0xEA (at byte offset 15 of the file) does not begin or continue a UTF-8 character"),
                rendered(r.diagnostics()));
    }

    @Test
    void aFileLargerThanItsLimitIsRefusedBeforeItIsRead() throws IOException {
        Path f = dir.resolve("rubric.yaml");
        // a 40 MB scalar: the YAML parser would take minutes over it
        byte[] big = new byte[40 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        System.arraycopy("title: ".getBytes(StandardCharsets.UTF_8), 0, big, 0, 7);
        Files.write(f, big);
        RubricLoader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> RubricLoader.load(f, null));
        assertEquals(List.of(f + ": error E-INPUT-TOO-LARGE: " + f + " is 40.0 MB, more than the 2 MB a rubric file may be"), rendered(r.diagnostics()));
        assertEquals("fix: check that this is the file you meant; to read a larger one, set RUBRIC_LIMIT_RUBRIC_MB=N (-Drubric.limit.rubric-mb=N), in MB",
                EN.render(r.diagnostics().all().get(0)).lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void aLinkToADeviceIsReadOnlyUpToTheLimit() throws IOException {
        Path zero = Path.of("/dev/zero");
        if (!Files.isReadable(zero)) return;
        Path f = dir.resolve("rubric.yaml");
        Files.createSymbolicLink(f, zero);
        RubricLoader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> RubricLoader.load(f, null));
        assertEquals(List.of(f + ": error E-INPUT-TOO-LARGE-STREAM: " + f + " is not a regular file, and more than the 2 MB a rubric file may be came out of it"),
                rendered(r.diagnostics()));
        Files.delete(f); // the link, before JUnit warns about a link out of its folder
    }

    @Test
    void aVeryLongLineIsRefusedAtItsLine() {
        assertEquals(List.of(Fixtures.FILE + ":2:" + (YamlReader.MAX_LINE + 1) + ": error E-INPUT-LINE-TOO-LONG: this line is 100,007 characters long, more than the 65,536 a line may be"),
                parsed("id: x\ntitle: " + "x".repeat(100_000) + "\n"));
    }
}
