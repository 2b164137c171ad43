package vn.rubric.example.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.cli.Main;

/**
 * The acceptance of issue 5, on the built jars: dropped into a plugins folder, the two sample
 * plugins add their command and formats to {@code rubric --help} and {@code rubric plugins}
 * without the workbench being rebuilt; taken out, they are gone; a broken plugin beside them
 * is reported and skipped while they work. Runs after package (see samples/plugins/pom.xml),
 * without this module's classes on the class path: they come from the jar only.
 */
class ProvinceSheetsAcceptance {

    static final Path PACK = Path.of("..", "..", "hung-yen-02-2020").toAbsolutePath().normalize();

    @TempDir
    static Path root;
    static Path plugins;
    static Path empty;

    record Run(int exit, String out, String err) {}

    static Run rubric(Path pluginFolder, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--plugins";
        all[1] = pluginFolder.toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void dropTheJars() throws IOException {
        plugins = Files.createDirectories(root.resolve("plugins"));
        empty = Files.createDirectories(root.resolve("no-plugins"));
        Path self = Path.of(System.getProperty("plugin.jar"));
        Path docx = Path.of("..", "docx-report", "target", "docx-report.jar");
        assertTrue(Files.isRegularFile(self) && Files.isRegularFile(docx), "build the sample plugins first (mvn verify)");
        // the plugins' classes must come from their jars, not from this test's class path
        org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class, () -> Class.forName("vn.rubric.example.sheets.ProvinceSheetsPlugin"));
        org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class, () -> Class.forName("vn.rubric.example.docx.DocxReportPlugin"));
        Files.copy(self, plugins.resolve(self.getFileName()));
        Files.copy(docx, plugins.resolve(docx.getFileName()));
        // a plugin whose class is not in its jar
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("broken.jar")))) {
            jar.putNextEntry(new JarEntry("plugin.properties"));
            jar.write("""
                    plugin.id=broken-sample
                    plugin.version=1.0.0
                    plugin.requires=>=2.0.0 & <3.0.0
                    plugin.class=vn.example.broken.Missing
                    plugin.contributes=reporters
                    """.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    @Test
    void theJarsAddACommandAndFormatsToTheHelp() {
        Run with = rubric(plugins, "--help");
        assertEquals(0, with.exit(), with.err());
        assertTrue(with.out().matches("(?s).*\\n  province-sheets +Write the blank workbook.*"), with.out());
        assertTrue(with.out().contains("Report formats (--format): text, json, csv, html, xlsx, docx."), with.out());
        assertTrue(with.out().replaceAll("\\s+", " ").contains("province-sheets (.xlsx)"), with.out());

        Run without = rubric(empty, "--help");
        assertFalse(without.out().contains("province-sheets"), without.out());
        // docx is built in for the documents (appendix, comparison, impact); score sheets as docx are the
        // plugin's own (theReporterWritesTheDocxWhileTheBrokenPluginIsSkipped: without it, score has no docx)
        assertTrue(without.out().contains("Report formats (--format): text, json, csv, html, xlsx, docx."), without.out());
    }

    @Test
    void rubricPluginsListsThemAndTheBrokenOneWithItsReason() {
        Run r = rubric(plugins, "plugins");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("docx-report 1.0.0  [active]  " + plugins.resolve("docx-report.jar")), r.out());
        assertTrue(r.out().contains("province-sheets 1.0.0  [active]  " + plugins.resolve("province-sheets.jar")), r.out());
        assertTrue(r.out().contains("    commands: province-sheets"), r.out());
        assertTrue(r.out().contains("    importers: province-sheets (.xlsx)"), r.out());
        assertTrue(r.out().contains("    reporters: docx"), r.out());
        assertTrue(r.out().contains("broken-sample 1.0.0  [disabled]  " + plugins.resolve("broken.jar")), r.out());
        assertTrue(r.out().contains("✗ its class vn.example.broken.Missing cannot be loaded: ClassNotFoundException"), r.out());
        assertFalse(rubric(empty, "plugins").out().contains("docx-report"));
    }

    @Test
    void theReporterWritesTheDocxWhileTheBrokenPluginIsSkipped() throws IOException {
        Path docx = root.resolve("bao-cao.docx");
        Run r = rubric(plugins, "score", PACK.toString(), "--unit", "vg-ttyt", "--format", "docx", "-o", docx.toString());
        assertEquals(0, r.exit(), r.err());
        try (ZipFile z = new ZipFile(docx.toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("TRUNG TÂM Y TẾ HUYỆN VĂN GIANG") && xml.contains("Tự đánh giá, xếp loại công tác dân vận chính quyền"), xml);
        }
        Run gone = rubric(empty, "score", PACK.toString(), "--unit", "vg-ttyt", "--format", "docx", "-o", docx.toString());
        assertEquals(2, gone.exit());
        assertTrue(gone.err().contains("unknown format \"docx\""), gone.err());
    }

    @Test
    void theCommandsWorkbookIsReadByThePluginsImporter() {
        Path sheets = root.resolve("so-cham-diem.xlsx");
        Run made = rubric(plugins, "province-sheets", PACK.toString(), "--unit", "vg-ttyt", "-o", sheets.toString());
        assertEquals(0, made.exit(), made.err());
        // nothing filled in yet: the data errors point into the plugin's layout, so its importer read the file
        Run scored = rubric(plugins, "score", PACK.toString(), "--data", sheets.toString());
        assertEquals(2, scored.exit(), scored.err());
        assertTrue(scored.err().contains(sheets + "!vg-ttyt!"), scored.err());
        // the built-in importer would have read the sheet as a table and found no id column
        assertFalse(scored.err().contains("E-DATA-NO-ID-COLUMN"), scored.err());
    }

    @Test
    void theJarsViewIsAPanelOfTheStudio() throws Exception {
        var registry = vn.rubric.workbench.plugins.PluginLoader.load(new vn.rubric.workbench.plugins.PluginFolders(java.util.List.of(plugins))).registry();
        Path folder = PACK.getParent();
        try (var studio = vn.rubric.workbench.studio.StudioServer.start(new vn.rubric.workbench.workspace.Workspace(registry), folder, "127.0.0.1", 0)) {
            var http = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + studio.port() + "/api/views";
            String token = "?token=" + studio.token();
            String list = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + token + "&lang=en")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(list.contains("\"id\":\"province-sheet\",\"title\":\"Province sheet\""), list);
            var view = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/province-sheet" + token + "&pack=hung-yen-02-2020")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, view.statusCode(), view.body());
            assertTrue(view.body().contains("<td>5.2</td>") && view.body().contains("Điểm tự chấm"), view.body());
        }
    }
}
