package vn.rubric.workbench.exporters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.rules.testing.TestRunner;
import vn.rubric.workbench.commands.AtomicFiles;
import vn.rubric.workbench.plugins.PluginNeeds;

/**
 * Checks an exported pack before anyone relies on it: every file and jar entry against the
 * sha256 in pack.json, no entry that could land outside a folder it is unpacked into (zip
 * slip), the jar's own DRL builds with Drools, and the pack's tests (carried in the jar)
 * pass against exactly those rules. Nothing of the pack is unpacked before its names and
 * checksums are found sound.
 */
public final class PackVerifier {

    /** What was checked and found. {@code readable} is false when the file is missing or is not a zip at all. */
    public record Result(Diagnostics diagnostics, boolean readable, int filesChecked, int entriesChecked, int rules, TestReport tests, Path source) {
        public boolean ok() {
            return readable && !diagnostics.hasErrors() && tests != null && tests.allPassed();
        }
    }

    private static final String DRL_FOLDER = "rubric/";

    private PackVerifier() {}

    /** {@code file} is the exported jar, or its .pack.json (then the jar beside it is checked). */
    public static Result verify(Path file) throws IOException {
        return verify(file, Map.of());
    }

    /**
     * As {@link #verify(Path)}, with the functions plugins add to the rubric language: the
     * pack's sources are checked against them as they were when it was exported (its DRL
     * holds their declarations, so the rules build without them).
     */
    public static Result verify(Path file, Map<String, ExpressionFunction> functions) throws IOException {
        return verify(file, functions, Map.of());
    }

    /**
     * As {@link #verify(Path, Map)}, knowing the plugins installed here ({@code installed}: id →
     * version of each active one). The pack is checked as a system with Drools alone gets it:
     * the functions of a plugin that is not installed are taken from the pack's own DRL, and
     * each plugin the pack declares that is missing (or of a version it does not take) is named
     * in a warning instead of refusing the pack.
     */
    public static Result verify(Path file, Map<String, ExpressionFunction> functions, Map<String, String> installed) throws IOException {
        Diagnostics d = new Diagnostics();
        if (!Files.isRegularFile(file)) {
            d.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return new Result(d, false, 0, 0, 0, null, null);
        }
        Path jar = file;
        Path outer = null;
        String name = file.getFileName().toString();
        if (name.endsWith(KjarExporter.PACK_JSON_SUFFIX)) {
            outer = file;
            jar = file.resolveSibling(name.substring(0, name.length() - KjarExporter.PACK_JSON_SUFFIX.length()) + KjarExporter.JAR_SUFFIX);
            if (!Files.isRegularFile(jar)) {
                d.add(Diagnostic.error("E-PACK-FILE-MISSING", SourcePos.of(file), jar.getFileName()));
                return new Result(d, false, 0, 0, 0, null, null);
            }
        } else if (name.endsWith(KjarExporter.JAR_SUFFIX)) {
            Path beside = file.resolveSibling(name.substring(0, name.length() - KjarExporter.JAR_SUFFIX.length()) + KjarExporter.PACK_JSON_SUFFIX);
            if (Files.isRegularFile(beside)) outer = beside;
        }

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            // names first, contents only when every name is safe: a refused pack is never read further
            Map<String, Integer> seen = new HashMap<>();
            List<ZipEntry> all = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) all.add(e.nextElement());
            for (ZipEntry e : all) {
                if (!safe(e.getName())) d.add(Diagnostic.error("E-PACK-UNSAFE-ENTRY", at(jar, e.getName()), e.getName()));
                if (seen.merge(e.getName(), 1, Integer::sum) == 2) d.add(Diagnostic.error("E-PACK-DUPLICATE-ENTRY", at(jar, e.getName()), e.getName()));
            }
            if (d.hasErrors()) return new Result(d, true, 0, 0, 0, null, null);
            long total = 0;
            for (ZipEntry e : all) {
                if (e.isDirectory()) continue;
                // counted while inflating: the sizes a zip declares are the zip's word, not a bound
                byte[] bytes = bounded(zip.getInputStream(e), Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
                if (bytes == null) {
                    boolean entryLimit = MAX_TOTAL_BYTES - total >= MAX_ENTRY_BYTES;
                    d.add(Diagnostic.error(entryLimit ? "E-PACK-ENTRY-TOO-LARGE" : "E-PACK-TOO-LARGE", at(jar, e.getName()), e.getName(),
                            megabytes(entryLimit ? MAX_ENTRY_BYTES : MAX_TOTAL_BYTES)));
                    return new Result(d, true, 0, 0, 0, null, null);
                }
                total += bytes.length;
                entries.put(e.getName(), bytes);
            }
        } catch (IOException e) {
            d.add(Diagnostic.error("E-PACK-UNREADABLE", SourcePos.of(jar), jar, String.valueOf(e.getMessage())));
            return new Result(d, false, 0, 0, 0, null, null);
        }

        byte[] innerBytes = entries.get(PackJson.JAR_ENTRY);
        if (innerBytes == null) {
            d.add(Diagnostic.error("E-PACK-NO-MANIFEST", SourcePos.of(jar), PackJson.JAR_ENTRY));
            return new Result(d, true, 0, 0, 0, null, null);
        }
        PackJson.Manifest inner = manifest(innerBytes, at(jar, PackJson.JAR_ENTRY), d);
        if (inner == null) return new Result(d, true, 0, 0, 0, null, null);
        int entriesChecked = checkEntries(jar, entries, inner, d);

        int filesChecked = 0;
        if (outer == null) {
            d.add(Diagnostic.warning("W-PACK-NO-OUTER", SourcePos.of(jar), name.replace(KjarExporter.JAR_SUFFIX, KjarExporter.PACK_JSON_SUFFIX)));
            // the sheet is listed inside too: check it when it is there
            filesChecked = checkFiles(jar, inner.files(), d, true);
        } else {
            byte[] outerBytes;
            try (InputStream in = Files.newInputStream(outer)) {
                outerBytes = bounded(in, MAX_ENTRY_BYTES);
            }
            if (outerBytes == null) {
                d.add(Diagnostic.error("E-PACK-ENTRY-TOO-LARGE", SourcePos.of(outer), outer.getFileName(), megabytes(MAX_ENTRY_BYTES)));
                return new Result(d, true, 0, entriesChecked, 0, null, jar);
            }
            PackJson.Manifest o = manifest(outerBytes, SourcePos.of(outer), d);
            if (o != null) {
                filesChecked = checkFiles(outer, o.files(), d, false);
                if (!o.jarEntries().equals(inner.jarEntries()) || !o.id().equals(inner.id()) || !o.version().equals(inner.version())) {
                    d.add(Diagnostic.error("E-PACK-MANIFESTS-DIFFER", SourcePos.of(outer)));
                }
            }
        }
        if (d.hasErrors()) return new Result(d, true, filesChecked, entriesChecked, 0, null, jar);

        // the checksums hold: build what the jar holds and run its tests against it
        Map<String, ExpressionFunction> inScope = functionsOfThePack(jar, entries, inner, functions, installed, d);
        Path work = Files.createTempDirectory("rubric-verify-");
        try {
            RulePack pack = unpackSources(jar, entries, work, inScope, d);
            if (pack == null) return new Result(d, true, filesChecked, entriesChecked, 0, null, jar);
            KieBase kieBase = build(jar, entries, d);
            if (kieBase == null) return new Result(d, true, filesChecked, entriesChecked, 0, null, jar);
            int rules = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
            TestReport tests = TestRunner.run(RuleBase.of(pack, kieBase));
            for (Diagnostic p : tests.problems().all()) d.add(relocate(p, work, jar));
            return new Result(d, true, filesChecked, entriesChecked, rules, tests, jar);
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }

    /**
     * The functions the pack's rubric is loaded with: those installed, and those its DRL
     * declares that are not (the pack carries their code). Each declared plugin that is not
     * installed, or not in a version the pack takes, gets a warning naming it; a function taken
     * from the DRL that no missing declared plugin explains gets one too.
     */
    private static Map<String, ExpressionFunction> functionsOfThePack(Path jar, Map<String, byte[]> entries, PackJson.Manifest manifest,
                                                                    Map<String, ExpressionFunction> functions, Map<String, String> installed, Diagnostics d) {
        Map<String, ExpressionFunction> inScope = new LinkedHashMap<>(functions);
        Map<String, String> taken = new LinkedHashMap<>();
        entries.forEach((n, bytes) -> {
            if (!n.startsWith(DRL_FOLDER) || !n.endsWith("/" + RuleBase.GENERATED_FILE)) return;
            PackFunctions.read(new String(bytes, StandardCharsets.UTF_8)).forEach((name, f) -> {
                if (inScope.putIfAbsent(name, f) == null) taken.put(name, n);
            });
        });
        boolean explained = false;
        for (PackJson.Plugin p : manifest.plugins()) {
            String version = installed.get(p.id());
            if (version == null) {
                d.add(Diagnostic.warning("W-PACK-PLUGIN-MISSING", at(jar, PackJson.JAR_ENTRY), p.id(), p.version()));
                explained = true;
            } else if (!PluginNeeds.accepts(p.version(), version)) {
                d.add(Diagnostic.warning("W-PACK-PLUGIN-VERSION", at(jar, PackJson.JAR_ENTRY), p.id(), p.version(), version));
                explained = true;
            }
        }
        if (!explained) taken.forEach((name, entry) -> d.add(Diagnostic.warning("W-PACK-FUNCTION-UNDECLARED", at(jar, entry), name)));
        return inScope;
    }

    /**
     * The most one entry of a pack may inflate to, and all of them together. An exported pack
     * of a province's regulation is well under 1 MB (the Hưng Yên jar holds 8 entries, 0.2 MB
     * inflated); a small jar whose entry inflates to gigabytes (a zip bomb) is refused by name
     * here, while it is read, instead of ending the JVM with an OutOfMemoryError.
     */
    static final long MAX_ENTRY_BYTES = 64L << 20, MAX_TOTAL_BYTES = 256L << 20;

    /** All of {@code in}, or null when it holds more than {@code limit} bytes (then no more is read). */
    static byte[] bounded(InputStream in, long limit) throws IOException {
        try (in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                if (read > limit) return null;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes >> 20);
    }

    /** No parent steps, no root, no drive, no backslash: a name that stays inside any folder it is unpacked into. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) return false;
        if (name.length() > 1 && name.charAt(1) == ':') return false;
        for (String part : name.split("/")) if (part.equals("..")) return false;
        return true;
    }

    private static int checkEntries(Path jar, Map<String, byte[]> entries, PackJson.Manifest m, Diagnostics d) {
        Map<String, PackJson.FileSum> listed = new LinkedHashMap<>();
        m.jarEntries().forEach(f -> listed.put(f.path(), f));
        for (PackJson.FileSum f : listed.values()) {
            byte[] bytes = entries.get(f.path());
            if (bytes == null) d.add(Diagnostic.error("E-PACK-ENTRY-MISSING", SourcePos.of(jar), f.path()));
            else checksum(at(jar, f.path()), f.path(), bytes, f, d);
        }
        for (String e : entries.keySet()) {
            if (!e.equals(PackJson.JAR_ENTRY) && !listed.containsKey(e)) d.add(Diagnostic.error("E-PACK-ENTRY-EXTRA", at(jar, e), e));
        }
        return listed.size();
    }

    /** The files pack.json lists beside it; with {@code onlyPresent}, a file that is not there is not an error. */
    private static int checkFiles(Path manifest, List<PackJson.FileSum> files, Diagnostics d, boolean onlyPresent) throws IOException {
        int checked = 0;
        for (PackJson.FileSum f : files) {
            Path p = manifest.resolveSibling(f.path());
            // a listed name is a plain file name; anything else is not ours to open
            if (!safe(f.path()) || f.path().contains("/")) {
                d.add(Diagnostic.error("E-PACK-UNSAFE-ENTRY", SourcePos.of(manifest), f.path()));
                continue;
            }
            if (!Files.isRegularFile(p)) {
                if (!onlyPresent) d.add(Diagnostic.error("E-PACK-FILE-MISSING", SourcePos.of(manifest), f.path()));
                continue;
            }
            // the sheet beside the jar may be large: its digest is taken as it is read, never the whole file in memory
            String actual;
            try (InputStream in = Files.newInputStream(p)) {
                actual = PackJson.sha256(in);
            }
            if (!actual.equals(f.sha256())) d.add(Diagnostic.error("E-PACK-CHECKSUM", SourcePos.of(p), f.path(), actual, f.sha256()));
            checked++;
        }
        return checked;
    }

    private static void checksum(SourcePos where, String name, byte[] bytes, PackJson.FileSum expected, Diagnostics d) {
        String actual = PackJson.sha256(bytes);
        if (!actual.equals(expected.sha256())) d.add(Diagnostic.error("E-PACK-CHECKSUM", where, name, actual, expected.sha256()));
    }

    private static PackJson.Manifest manifest(byte[] bytes, SourcePos where, Diagnostics d) {
        try {
            PackJson.Manifest m = PackJson.read(bytes);
            if (!PackJson.FORMAT_ID.equals(m.format()) || m.id() == null || m.version() == null) {
                d.add(Diagnostic.error("E-PACK-BAD-MANIFEST", where, where, "format " + m.format()));
                return null;
            }
            return m;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the parser's message quotes its settings ("REDACTED (StreamReadFeature…"): the place and the user's words instead
            Diagnostic syntax = vn.rubric.dsl.source.YamlReader.syntaxError(where.file(), e);
            d.add(Diagnostic.error("E-PACK-MANIFEST-SYNTAX", syntax.pos(), where.file().getFileName(),
                    syntax.args().isEmpty() ? vn.rubric.dsl.diag.Word.of("yaml-problem.other") : syntax.args().get(0)));
            return null;
        } catch (IOException e) {
            d.add(Diagnostic.error("E-PACK-BAD-MANIFEST", where, where, e.getMessage()));
            return null;
        }
    }

    /** rubric.yaml, tests/ and the hand-written rules, laid out as a pack folder the loader reads. */
    private static RulePack unpackSources(Path jar, Map<String, byte[]> entries, Path work, Map<String, ExpressionFunction> functions, Diagnostics d) throws IOException {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String n = e.getKey();
            Path target = null;
            if (n.startsWith(KjarExporter.SOURCE_FOLDER)) {
                target = work.resolve(n.substring(KjarExporter.SOURCE_FOLDER.length()));
            } else if (n.startsWith(DRL_FOLDER) && n.endsWith(".drl") && !n.endsWith("/" + RuleBase.GENERATED_FILE)) {
                target = work.resolve(RulePack.RULES_FOLDER).resolve(n.substring(n.lastIndexOf('/') + 1));
            }
            if (target == null) continue;
            // names were checked, but a folder we write into must hold what we write
            if (!target.normalize().startsWith(work)) throw new IOException("entry outside the work folder: " + n);
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
        PackLoader.Result loaded = PackLoader.load(work, functions);
        for (Diagnostic p : loaded.diagnostics().all()) if (p.isError()) d.add(relocate(p, work, jar));
        if (!loaded.ok()) d.add(Diagnostic.error("E-PACK-SOURCES", at(jar, KjarExporter.SOURCE_FOLDER + RulePack.RUBRIC_FILE)));
        return loaded.pack();
    }

    /** The jar's DRL and kmodule.xml, built as they are (not regenerated from the rubric). */
    private static KieBase build(Path jar, Map<String, byte[]> entries, Diagnostics d) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // its own release id: the KIE repository is shared by the JVM, and another pack may carry the same one
        ReleaseId id = ks.newReleaseId(KjarExporter.GROUP_ID, "verify", "0.0.0-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(id);
        byte[] kmodule = entries.get("META-INF/kmodule.xml");
        if (kmodule != null) kfs.writeKModuleXML(kmodule);
        entries.forEach((n, bytes) -> {
            if (n.startsWith(DRL_FOLDER) && n.endsWith(".drl")) {
                kfs.write("src/main/resources/" + n, ks.getResources().newByteArrayResource(bytes, "UTF-8").setResourceType(ResourceType.DRL));
            }
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String entry = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            d.add(Diagnostic.error("E-PACK-DRL", new SourcePos(Path.of(jar + "!/" + entry), Math.max(0, m.getLine()), 0), String.valueOf(m.getText()).strip()));
        }
        if (d.hasErrors()) return null;
        KieBase kb = ks.newKieContainer(id).getKieBase(KjarExporter.KBASE);
        if (kb == null) d.add(Diagnostic.error("E-PACK-DRL", at(jar, "META-INF/kmodule.xml"), "no kbase \"" + KjarExporter.KBASE + "\""));
        return kb;
    }

    /** A position in the unpacked sources, shown as the jar entry it came from. */
    private static Diagnostic relocate(Diagnostic p, Path work, Path jar) {
        Path f = p.pos().file();
        if (f == null || !f.startsWith(work)) return p;
        String rel = work.relativize(f).toString().replace('\\', '/');
        String entry = rel.startsWith(RulePack.RULES_FOLDER + "/") ? rel : KjarExporter.SOURCE_FOLDER + rel;
        return p.at(new SourcePos(Path.of(jar + "!/" + entry), p.pos().line(), p.pos().column()), p.args());
    }

    private static SourcePos at(Path jar, String entry) {
        return SourcePos.of(Path.of(jar + "!/" + entry));
    }
}
