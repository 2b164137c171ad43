package vn.rubric.workbench.exporters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.RulePack;
import vn.rubric.workbench.commands.AtomicFiles;

/**
 * A pack as a KJAR: the DRL (generated and hand-written), META-INF/kmodule.xml, and a Maven
 * pom under META-INF/maven, so another system loads it with Drools alone, from the file or
 * as a Maven dependency. The same pack and version give the same bytes: entries are
 * sorted and carry a fixed time.
 */
public final class KjarExporter implements Exporter {

    /** The Maven group of exported packs; the artifact is the regulation id. */
    public static final String GROUP_ID = "vn.rubric.pack";
    public static final String KBASE = "rubric";
    public static final String KSESSION = "rubric-session";

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final String RESOURCES = "src/main/resources/";

    @Override
    public String format() {
        return "kjar";
    }

    @Override
    public Path export(RulePack pack, String version, Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        String pkg = pack.compiled().packageName();
        RuleBase.sources(pack).forEach((path, text) -> entries.put(path.substring(RESOURCES.length()), text));
        entries.put("META-INF/kmodule.xml", kmodule(pkg));
        String maven = "META-INF/maven/" + GROUP_ID + "/" + pack.id() + "/";
        entries.put(maven + "pom.xml", pom(pack, version));
        entries.put(maven + "pom.properties", "groupId=" + GROUP_ID + "\nartifactId=" + pack.id() + "\nversion=" + version + "\n");
        Path target = dir.resolve(pack.id() + "-" + version + ".jar");
        AtomicFiles.write(target, zip(entries));
        return target;
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
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
