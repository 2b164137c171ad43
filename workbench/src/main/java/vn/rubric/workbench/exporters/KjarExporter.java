package vn.rubric.workbench.exporters;

import vn.rubric.workbench.platform.Exporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.rubric.dsl.amend.EffectiveText;
import vn.rubric.dsl.compile.DrlAscii;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.workbench.commands.AtomicFiles;

/**
 * A pack for other systems, as three files (docs/rule-pack.md):
 * <ul>
 * <li>{@code <id>-<version>.jar}, a KJAR: the DRL (generated and hand-written),
 *     META-INF/kmodule.xml and a Maven pom under META-INF/maven, so another system loads it
 *     with Drools alone, from the file or as a Maven dependency; and, under META-INF/rubric/,
 *     the pack's sources (rubric.yaml, tests) and pack.json, so the jar alone can be verified;</li>
 * <li>{@code <id>-<version>.xlsx}, the blank scoring sheet units fill;</li>
 * <li>{@code <id>-<version>.pack.json}, the pack described for any system, with the sha256 of
 *     the jar, the sheet and every jar entry.</li>
 * </ul>
 * The same pack and version give the same bytes: entries are sorted and carry a fixed time.
 */
public final class KjarExporter implements Exporter {

    /** The Maven group of exported packs; the artifact is the regulation id. */
    public static final String GROUP_ID = "vn.rubric.pack";
    public static final String KBASE = "rubric";
    public static final String KSESSION = "rubric-session";
    /** Where the pack's own sources go inside the jar (rubric.yaml, tests/*.yaml). */
    public static final String SOURCE_FOLDER = "META-INF/rubric/source/";
    public static final String JAR_SUFFIX = ".jar", SHEET_SUFFIX = ".xlsx", PACK_JSON_SUFFIX = ".pack.json";

    private static final String RESOURCES = "src/main/resources/";

    @Override
    public String format() {
        return "kjar";
    }

    @Override
    public List<Path> export(RulePack pack, String version, Path dir) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files(pack, version).forEach((name, bytes) -> files.put(dir.resolve(name), bytes));
        AtomicFiles.writeAll(files);
        return List.copyOf(files.keySet());
    }

    /** The pack's files by name (jar, sheet, pack.json), in memory: what export writes, and what serve-api serves. */
    public static Map<String, byte[]> files(RulePack pack, String version) throws IOException {
        String base = pack.id() + "-" + version;
        byte[] sheet = new ScoringSheetWriter().write(pack);
        PackJson.FileSum sheetSum = PackJson.FileSum.of(base + SHEET_SUFFIX, sheet);

        Map<String, byte[]> entries = new TreeMap<>();
        // ASCII, non-ASCII escaped: the consumer's Drools reads the DRL in its platform charset (DrlAscii)
        RuleBase.sources(pack).forEach((path, text) -> entries.put(path.substring(RESOURCES.length()), utf8(DrlAscii.of(text))));
        entries.put("META-INF/kmodule.xml", utf8(kmodule(pack.compiled().packageName())));
        String maven = "META-INF/maven/" + GROUP_ID + "/" + pack.id() + "/";
        entries.put(maven + "pom.xml", utf8(pom(pack, version)));
        entries.put(maven + "pom.properties", utf8("groupId=" + GROUP_ID + "\nartifactId=" + pack.id() + "\nversion=" + version + "\n"));
        // the sources as the drafter wrote them, byte for byte, so verify-pack can run the tests;
        // an amending pack's as its effective text, written whole: the jar does not hold the base
        entries.put(SOURCE_FOLDER + RulePack.RUBRIC_FILE, pack.rubric().isAmending() ? effectiveText(pack) : Files.readAllBytes(pack.rubric().file()));
        for (Path test : pack.testFiles()) {
            entries.put(SOURCE_FOLDER + RulePack.TESTS_FOLDER + "/" + test.getFileName(), Files.readAllBytes(test));
        }
        List<PackJson.FileSum> entrySums = new ArrayList<>();
        entries.forEach((name, bytes) -> entrySums.add(PackJson.FileSum.of(name, bytes)));
        // the copy inside lists everything but the jar itself, which it cannot know
        entries.put(PackJson.JAR_ENTRY, PackJson.write(pack, version, List.of(sheetSum), entrySums));
        byte[] jar = FixedZip.write(entries);
        byte[] packJson = PackJson.write(pack, version, List.of(PackJson.FileSum.of(base + JAR_SUFFIX, jar), sheetSum), entrySums);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(base + JAR_SUFFIX, jar);
        files.put(base + SHEET_SUFFIX, sheet);
        files.put(base + PACK_JSON_SUFFIX, packJson);
        return files;
    }

    private static byte[] effectiveText(RulePack pack) throws IOException {
        Diagnostics problems = new Diagnostics();
        String text = EffectiveText.of(pack.rubric().file(), null, problems);
        // the pack was loaded from these files a moment ago; they can only have gone since
        if (text == null) throw new IOException("cannot read " + pack.rubric().file() + " again: " + problems.all());
        return utf8(text);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String kmodule(String pkg) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="%s" packages="%s" default="true">
                    <ksession name="%s" default="true"/>
                  </kbase>
                </kmodule>
                """.formatted(KBASE, pkg, KSESSION);
    }

    private static String pom(RulePack pack, String version) {
        var r = pack.rubric().regulation();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <packaging>jar</packaging>
                  <name>%s</name>
                  <description>Rule pack exported by Rubric Workbench; package %s: insert one %s fact per unit, fire, read its item results from it and its %s (total, class, %s of refused classes).</description>
                </project>
                """.formatted(GROUP_ID, pack.id(), version, xml(r.title()), pack.compiled().packageName(),
                FactModel.UNIT, FactModel.TOTAL, FactModel.BAR);
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
