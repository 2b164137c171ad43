package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.exporters.PackJson;

/** {@code rubric verify-pack} on a pack as exported, and on the ways a pack can be spoilt. */
class VerifyPackTest {

    static final Path HUNG_YEN = Path.of("..", "samples", "hung-yen-02-2020");
    static final String NAME = "hung-yen-02-2020-1.0.0";
    static final String DRL = "rubric/hung_yen_02_2020/generated.drl";

    @TempDir
    static Path exported;

    @BeforeAll
    static void export() {
        Cli r = Cli.run("export", HUNG_YEN.toString(), "--version", "1.0.0", "-o", exported.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void aPackAsExportedIsVerified() {
        Cli r = Cli.run("--lang", "en", "verify-pack", exported.resolve(NAME + ".jar").toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("✓ checksums: 2 files and 8 jar entries are as exported"), r.out());
        assertTrue(r.out().contains("46 cases: 46 passed, 0 failed"), r.out());
        assertEquals("", r.err());
        assertEquals(0, Cli.run("verify-pack", exported.resolve(NAME + ".pack.json").toString()).exit());
    }

    @Test
    void aGarbledPackJsonIsLocatedInTheUsersWords(@TempDir Path dir) throws IOException {
        Files.copy(exported.resolve(NAME + ".jar"), dir.resolve(NAME + ".jar"));
        Path json = dir.resolve(NAME + ".pack.json");
        String text = Files.readString(exported.resolve(NAME + ".pack.json"));
        Files.writeString(json, text.substring(0, 40) + "\u0001garbled" + text.substring(40));
        Cli r = Cli.run("--lang", "en", "verify-pack", json.toString());
        assertTrue(r.exit() == 1 || r.exit() == 2, r.toString());
        assertTrue(r.err().matches("(?s).*" + java.util.regex.Pattern.quote(json.toString()) + ":\\d+:\\d+: error E-PACK-MANIFEST-SYNTAX: "
                + java.util.regex.Pattern.quote(NAME + ".pack.json is not valid JSON here: ") + ".*"), r.err());
        assertFalse(r.err().contains("REDACTED") || r.err().contains("StreamReadFeature") || r.err().contains("\tat "), r.err());
        // text after the object is not passed over either
        Files.writeString(json, text + "{}\n");
        assertTrue(Cli.run("--lang", "en", "verify-pack", json.toString()).err().contains("error E-PACK-MANIFEST-SYNTAX"));
    }

    @Test
    void aChangedEntryIsNamed(@TempDir Path dir) throws IOException {
        Path jar = copyPack(dir, (name, bytes) -> name.equals(DRL) ? replace(bytes, "points", "points ") : bytes, false);
        Cli r = Cli.run("--lang", "en", "verify-pack", jar.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(jar + ": error E-PACK-CHECKSUM: " + NAME + ".jar was changed"), r.err());
        assertTrue(r.err().contains(jar + "!/" + DRL + ": error E-PACK-CHECKSUM: " + DRL + " was changed"), r.err());
        assertTrue(r.out().contains("is refused"), r.out());
    }

    @Test
    void aPackWhoseOwnTestsFailIsRefused(@TempDir Path dir) throws IOException {
        // checksums re-made to fit, and no pack.json beside: only the tests it carries can tell
        String rating = "META-INF/rubric/source/tests/rating.yaml";
        Path jar = copyPack(dir, (name, bytes) -> name.equals(rating) ? replace(bytes, "total: 90\n", "total: 91\n") : bytes, true);
        Files.delete(dir.resolve(NAME + ".pack.json"));
        Cli r = Cli.run("--lang", "en", "verify-pack", jar.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("warning W-PACK-NO-OUTER"), r.err());
        assertTrue(r.out().contains("✗ tests/rating.yaml"), r.out());
        assertTrue(r.out().contains("total: expected 91, got 90"), r.out());
    }

    @Test
    void anEntryThatClimbsOutOrStartsAtTheRootIsRefusedByName(@TempDir Path dir) throws IOException {
        for (String evil : new String[] {"../../.bashrc", "rubric/../../x.drl", "/etc/cron.d/rubric"}) {
            Path jar = copyPack(dir, (name, bytes) -> bytes, false);
            addEntry(jar, evil);
            Cli r = Cli.run("--lang", "en", "verify-pack", jar.toString());
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("error E-PACK-UNSAFE-ENTRY: entry \"" + evil + "\" has an unsafe path"), r.err());
            assertFalse(r.out().contains("cases"), "a refused pack is not unpacked nor run");
        }
    }

    @Test
    void aTruncatedPackOrAMissingFileCannotBeRead(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(exported.resolve(NAME + ".jar"));
        Path cut = dir.resolve(NAME + ".jar");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Cli r = Cli.run("--lang", "en", "verify-pack", cut.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("error E-PACK-UNREADABLE"), r.err());
        assertEquals(2, Cli.run("verify-pack", dir.resolve("none.jar").toString()).exit());
    }

    @Test
    void anAddedEntryIsNamed(@TempDir Path dir) throws IOException {
        Path jar = copyPack(dir, (name, bytes) -> bytes, true);
        addEntry(jar, "rubric/hung_yen_02_2020/extra.drl");
        Files.delete(dir.resolve(NAME + ".pack.json"));
        Cli r = Cli.run("--lang", "en", "verify-pack", jar.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("error E-PACK-ENTRY-EXTRA: entry \"rubric/hung_yen_02_2020/extra.drl\" is in the pack but not in pack.json"), r.err());
    }

    /**
     * The exported pack copied into {@code dir} with its entries passed through {@code change};
     * with {@code reseal}, the inner pack.json's checksums are made to fit the changed entries.
     */
    static Path copyPack(Path dir, BiFunction<String, byte[], byte[]> change, boolean reseal) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(exported.resolve(NAME + ".jar").toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] original = zip.getInputStream(e).readAllBytes();
                entries.put(e.getName(), change.apply(e.getName(), original));
            }
        }
        if (reseal) {
            String json = new String(entries.get(PackJson.JAR_ENTRY), StandardCharsets.UTF_8);
            try (ZipFile zip = new ZipFile(exported.resolve(NAME + ".jar").toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    String before = PackJson.sha256(zip.getInputStream(e).readAllBytes());
                    json = json.replace(before, PackJson.sha256(entries.get(e.getName())));
                }
            }
            entries.put(PackJson.JAR_ENTRY, json.getBytes(StandardCharsets.UTF_8));
        }
        Path jar = dir.resolve(NAME + ".jar");
        Files.write(jar, zip(entries));
        Files.copy(exported.resolve(NAME + ".pack.json"), dir.resolve(NAME + ".pack.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(exported.resolve(NAME + ".xlsx"), dir.resolve(NAME + ".xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return jar;
    }

    static void addEntry(Path jar, String name) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
        entries.put(name, "rule \"x\" when then end\n".getBytes(StandardCharsets.UTF_8));
        Files.write(jar, zip(entries));
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] replace(byte[] bytes, String from, String to) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), "the DRL holds " + from);
        return s.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }
}
