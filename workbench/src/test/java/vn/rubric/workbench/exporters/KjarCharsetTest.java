package vn.rubric.workbench.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.pack.PackLoader;

/**
 * The exported KJAR in a consumer's JVM whose platform charset is ISO-8859-1 (Java 17 decodes
 * DRL in it): the class name and the bar's reason come out exactly as the rubric writes them.
 * Before the KJAR's DRL was ASCII the total was right and the class name silently corrupted.
 */
class KjarCharsetTest {

    static final Path HUNG_YEN = Path.of("..", "samples", "hung-yen-02-2020");

    @Test
    void aConsumerOnALatin1PlatformReadsTheClassNameExactly(@TempDir Path dir) throws Exception {
        RulePack pack = PackLoader.load(HUNG_YEN).pack();
        Path jar = dir.resolve("pack.jar");
        Files.write(jar, KjarExporter.files(pack, "1.0.0").get("hung-yen-02-2020-1.0.0.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), KjarProbe.class.getName(), jar.toString(), pack.compiled().packageName(),
                FactModel.UNIT_ID + "=u1"));
        // every fact as good as it gets but one person disciplined: 95 points, barred from the top class
        for (EvidenceField f : pack.rubric().evidence().values()) {
            String value = f.type() == FieldType.BOOLEAN ? "true" : f.type() == FieldType.ENUM ? f.values().keySet().iterator().next() : "1";
            if (f.name().equals("discipline")) value = "disciplined";
            command.add(f.name() + "=" + value);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the consumer JVM ends");
        String out = unescape(Files.readString(dir.resolve("out.txt"), StandardCharsets.ISO_8859_1));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("charset ISO-8859-1"), "the consumer's platform charset is Latin-1: " + out);
        assertTrue(out.contains("class Hoàn thành tốt nhiệm vụ\n"), out);
        assertTrue(out.contains("bar Có cán bộ, công chức, viên chức, người lao động bị kỷ luật từ khiển trách trở lên\n"), out);
    }

    @Test
    void theKjarsDrlIsAsciiAndReadsBackAsTheCompiledDrl() throws IOException {
        RulePack pack = PackLoader.load(HUNG_YEN).pack();
        String drl = null;
        byte[] jar = KjarExporter.files(pack, "1.0.0").get("hung-yen-02-2020-1.0.0.jar");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("rubric/hung_yen_02_2020/generated.drl")) drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(drl != null, "the KJAR holds the generated DRL");
        assertTrue(drl.chars().allMatch(c -> c < 0x80), "no byte of the KJAR's DRL depends on a charset");
        assertEquals(pack.compiled().drl(), unescape(drl), "the same text, escapes read back");
        assertTrue(pack.compiled().drl().contains("Hoàn thành tốt nhiệm vụ"), "rubric compile shows the readable form");
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9A-F]{4})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return m.appendTail(b).toString();
    }
}
