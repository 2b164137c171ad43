package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import vn.rubric.rules.pack.PackLoader;

/** The acceptance of the core issue, on the Hưng Yên 02/2020 pack, through the CLI. */
class HungYenAcceptanceTest {

    static final Path PACK = Path.of("hung-yen-02-2020");

    @Test
    void theWholeSheetIsThere() {
        var rubric = PackLoader.load(PACK).pack().rubric();
        assertEquals(8, rubric.criteria().size());
        assertEquals(100, rubric.regulation().total());
        // the seed's sheet: 5 + 2 + 8 + 4 + 2 + 2 + 3 + 2 items
        assertEquals(28, rubric.allItems().size());
    }

    @Test
    void itsTestsPassThroughTheCli() {
        String[] r = SamplePacksTest.cli("test", PACK.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        Matcher m = Pattern.compile("(\\d+) ca: (\\d+) đạt, 0 không đạt").matcher(r[1]);
        assertTrue(m.find(), r[1]);
        assertTrue(Integer.parseInt(m.group(1)) >= 25, "at least 25 cases, found " + m.group(1));
    }

    @Test
    void scorePrintsTheExplainedSheetForOneUnit() {
        String[] r = SamplePacksTest.cli("score", PACK.toString(), "--unit", "vg-noi-vu");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("BẢNG CHẤM ĐIỂM: Phòng Nội vụ huyện Văn Giang (vg-noi-vu)"), r[1]);
        assertTrue(r[1].contains("STT"), r[1]);
        assertTrue(r[1].contains("căn cứ: Quyết định"), r[1]);
        assertTrue(r[1].contains("Xếp loại: "), r[1]);
    }

    @Test
    void validateNamesEveryBrokenLine(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(PACK.resolve("rubric.yaml"), StandardCharsets.UTF_8);
        String broken = yaml
                .replaceFirst("max: 14", "max: 15")
                .replaceFirst("when: hot_spot == handled", "when: hot_spott == handled")
                .replaceFirst("when: discipline == disciplined", "when: Runtime.getRuntime() == disciplined");
        Files.writeString(dir.resolve("rubric.yaml"), broken, StandardCharsets.UTF_8);
        String[] r = SamplePacksTest.cli("validate", dir.toString());
        assertEquals("1", r[0], r[1] + r[2]);
        String file = dir.resolve("rubric.yaml").toString();
        assertTrue(r[2].contains(file + ":" + lineOf(broken, "max: 15") + ":"), r[2]);
        assertTrue(r[2].contains(file + ":" + lineOf(broken, "hot_spott") + ":"), r[2]);
        assertTrue(r[2].contains(file + ":" + lineOf(broken, "Runtime.getRuntime()") + ":"), r[2]);
        assertTrue(r[2].contains("E-SUM-CRITERION") && r[2].contains("E-UNKNOWN-NAME") && r[2].contains("E-EXPR-JAVA"), r[2]);
    }

    @Test
    void compiledDrlBuildsWithDroolsAlone(@TempDir Path dir) throws IOException {
        assertTrue(rulesOfCompiledDrl(PACK, "rubric.hung_yen_02_2020", dir) > 28);
    }

    /** The draft's DRL holds its population rules too (the quota), in the same one file. */
    @Test
    void compiledDrlOfAPackWithAQuotaBuildsWithDroolsAlone(@TempDir Path dir) throws IOException {
        int rules = rulesOfCompiledDrl(HungYenDraftTest.DRAFT, "rubric.hung_yen_draft", dir);
        assertTrue(Files.readString(dir.resolve("rules.drl")).contains("rule \"Hạn mức · Hoàn thành xuất sắc nhiệm vụ · không quá 20% số đơn vị\""));
        assertTrue(rules > 30);
    }

    /** {@code rubric compile PACK -o FILE}, then that file built with bare KieServices: its rule count. */
    private static int rulesOfCompiledDrl(Path pack, String packageName, Path dir) throws IOException {
        String[] r = SamplePacksTest.cli("compile", pack.toString(), "-o", dir.resolve("rules.drl").toString());
        assertEquals("0", r[0], r[2]);
        byte[] drl = Files.readAllBytes(dir.resolve("rules.drl"));
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/" + packageName.replace('.', '/') + "/rules.drl",
                ks.getResources().newByteArrayResource(drl, "UTF-8").setResourceType(ResourceType.DRL));
        KieBuilder b = ks.newKieBuilder(kfs).buildAll();
        assertEquals(0, b.getResults().getMessages(Message.Level.ERROR).size(), b.getResults().toString());
        return ks.newKieContainer(b.getKieModule().getReleaseId()).getKieBase().getKiePackage(packageName).getRules().size();
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }
}
