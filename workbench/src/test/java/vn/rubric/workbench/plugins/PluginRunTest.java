package vn.rubric.workbench.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Cli;
import vn.rubric.workbench.CliTest;
import vn.rubric.workbench.ServedPack;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.workspace.Workspace;

/**
 * A plugin at work, through the CLI: its command and format appear, its function is in the
 * language, its view is served; and when its code throws, the run it is part of says which
 * plugin failed while runs it is not part of go on.
 */
class PluginRunTest {

    @TempDir
    static Path root;
    static Path plugins;

    static final String PLUGIN = """
            package boom;
            import java.nio.file.Path;
            import java.util.List;
            import vn.rubric.dsl.expr.ExpressionFunction;
            import vn.rubric.dsl.expr.ValueType;
            import vn.rubric.workbench.platform.*;
            public class BoomPlugin implements Plugin {
                public void contribute(Contributions c) {
                    c.add(ExtensionPoints.COMMANDS, CommandContribution.of("crash", boom.Crash::new));
                    c.add(ExtensionPoints.COMMANDS, CommandContribution.of("badly", boom.Badly::new));
                    c.add(ExtensionPoints.REPORTERS, new Reporter() {
                        public String format() { return "boom"; }
                        public boolean writes(Class<? extends Report> kind) { return kind == Report.Scores.class; }
                        public void write(Report r, vn.rubric.dsl.diag.Messages t, java.io.OutputStream out) { throw new IllegalStateException("template missing"); }
                    });
                    c.add(ExtensionPoints.IMPORTERS, new Importer() {
                        public String format() { return "sniffer"; }
                        public List<String> extensions() { return List.of("csv"); }
                        public boolean recognizes(Path file) { throw new IllegalStateException("cannot sniff"); }
                        public vn.rubric.workbench.data.RawTable readTable(Path f, vn.rubric.dsl.diag.Diagnostics d) { throw new IllegalStateException("never"); }
                    });
                    c.add(ExtensionPoints.FUNCTIONS, new ExpressionFunction("clamp", List.of(ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER), ValueType.NUMBER,
                            "function double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }"));
                    c.add(ExtensionPoints.VIEWS, new View() {
                        public String id() { return "broken-view"; }
                        public String mediaType() { return "text/plain"; }
                        public void render(ViewContext context, java.io.OutputStream o) { throw new IllegalStateException("view failed"); }
                    });
                }
            }
            """;

    @BeforeAll
    static void buildPlugin() throws IOException {
        PluginJars jars = new PluginJars(root);
        jars.jar("boom.jar").plugin("boom", "boom.BoomPlugin", "commands, reporters, importers, functions, views")
                .source("boom.Crash", PluginLoaderTest.command("boom", "Crash", "crash", "throw new IllegalArgumentException(\"crashed on purpose\");"))
                .source("boom.Badly", """
                        package boom;
                        @picocli.CommandLine.Command(name = "badly")
                        public class Badly implements java.util.concurrent.Callable<Integer> {
                            @picocli.CommandLine.Option(names = "-x") int a;
                            @picocli.CommandLine.Option(names = "-x") int b; // the same option twice: picocli refuses the command
                            public Badly(vn.rubric.workbench.Workbench wb) {}
                            public Integer call() { return 0; }
                        }
                        """)
                .source("boom.BoomPlugin", PLUGIN).build();
        plugins = jars.folder();
    }

    static Cli withPlugins(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plugins";
        all[1] = plugins.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void theCommandIsInTheHelpOnlyWhenThePluginIsThere() throws IOException {
        assertTrue(withPlugins("--help").out().contains("crash"), withPlugins("--help").toString());
        Path empty = Files.createDirectories(root.resolve("empty"));
        assertFalse(Cli.run("--plugins", empty.toString(), "--help").out().contains("crash"));
    }

    @Test
    void aCommandPicocliRefusesIsLeftOutAndTheOthersStay() {
        Cli c = withPlugins("--lang", "en", "--help");
        assertEquals(0, c.exit(), c.toString());
        assertTrue(c.err().contains("plugin boom: the command \"badly\" is left out: DuplicateOptionAnnotationsException"), c.err());
        assertFalse(c.out().contains("badly"), c.out());
        assertTrue(c.out().contains("crash") && c.out().contains("score"), c.out());
    }

    @Test
    void rubricPluginsShowsThePluginAndWhatItContributes() {
        Cli c = withPlugins("--lang", "en", "plugins");
        assertEquals(0, c.exit(), c.toString());
        assertTrue(c.out().contains("boom 1.0.0  [active]  " + plugins.resolve("boom.jar")), c.out());
        assertTrue(c.out().contains("    reporters: boom"), c.out());
        assertTrue(c.out().contains("    functions: clamp"), c.out());
        assertTrue(c.out().contains("    importers: sniffer (.csv)"), c.out());
        assertTrue(c.out().contains("core 1.0.0  [active]  built-in"), c.out());
        assertTrue(c.out().contains("Plugin jars are looked for in: " + plugins + "\n"), c.out());
        assertTrue(c.out().matches("(?s).*  views +vn.rubric.workbench.platform.View +core, boom.*"), c.out());
    }

    @Test
    void aReporterThatThrowsFailsItsRunNamingThePlugin() {
        Cli c = withPlugins("--lang", "en", "score", CliTest.pack().toString(), "--format", "boom");
        assertEquals(1, c.exit(), c.toString());
        assertTrue(c.err().contains("plugin boom failed while running \"score\": IllegalStateException: template missing"), c.err());
    }

    @Test
    void anImporterThatCannotTellDoesNotStopTheRunsItIsNotPartOf() {
        Cli c = withPlugins("score", CliTest.pack().toString());
        assertEquals(0, c.exit(), c.toString());
        assertTrue(c.out().contains("BẢNG CHẤM ĐIỂM"), c.out());
    }

    @Test
    void aCommandThatThrowsIsReportedWithItsPlugin() {
        Cli c = withPlugins("--lang", "en", "crash");
        assertEquals(1, c.exit(), c.toString());
        assertTrue(c.err().contains("plugin boom failed while running \"crash\": IllegalArgumentException: crashed on purpose"), c.err());
    }

    @Test
    void aPluginFunctionIsPartOfTheLanguageAndOfTheDrl() throws IOException {
        Path pack = Files.createDirectories(root.resolve("clamp-pack"));
        Files.writeString(pack.resolve("rubric.yaml"), Files.readString(CliTest.pack().resolve("rubric.yaml"))
                .replace("assessed: office", "formula: clamp(office * 5, 0, 4)"));
        Files.createDirectories(pack.resolve("data"));
        Files.copy(CliTest.pack().resolve("data/units.csv"), pack.resolve("data/units.csv"));
        // office 0.7 × 5 = 3.5, clamped to 0..4; 1 × 5 = 5 is clamped to 4
        Files.createDirectories(pack.resolve("tests"));
        Files.writeString(pack.resolve("tests/clamp.yaml"), """
                cases:
                  - name: clamp keeps a formula within its bounds
                    evidence: { hot_spot: none, office: 1 }
                    expect: { items: { "1.2": 4 }, total: 10 }
                  - name: clamp leaves a value within bounds alone
                    evidence: { hot_spot: none, office: 0.7 }
                    expect: { items: { "1.2": 3.5 } }
                """);
        Cli tested = withPlugins("test", pack.toString());
        assertEquals(0, tested.exit(), tested.toString());

        Cli without = Cli.run("--plugins", root.resolve("none").toString(), "validate", pack.toString());
        assertEquals(1, without.exit(), without.toString());
        assertTrue(without.err().contains("E-EXPR-FUNCTION"), without.err());

        Cli compiled = withPlugins("compile", pack.toString());
        assertEquals(0, compiled.exit(), compiled.toString());
        assertTrue(compiled.out().contains("function double clamp(double x, double lo, double hi)"), compiled.out());
        Cli scored = withPlugins("score", pack.toString(), "--format", "json");
        assertEquals(0, scored.exit(), scored.toString());

        // exported, the pack carries the function in its DRL: verify-pack builds that DRL with Drools alone
        Path out = Files.createDirectories(root.resolve("exported"));
        Cli exported = withPlugins("export", pack.toString(), "--version", "1.0.0", "--draft", "-o", out.toString());
        assertEquals(0, exported.exit(), exported.toString());
        assertTrue(Files.readString(out.resolve("mini-1.0.0-draft.1.pack.json")).contains("\"clamp(office * 5, 0, 4)\""));
        Cli verified = withPlugins("verify-pack", out.resolve("mini-1.0.0-draft.1.jar").toString());
        assertEquals(0, verified.exit(), verified.toString());
    }

    @Test
    void viewsAreServedAndABrokenOneAnswers500WhileTheRestWorks() throws Exception {
        try (ServedPack served = ServedPack.start(CliTest.pack(), "1.0.0", Locale.ENGLISH, new PluginFolders(List.of(plugins)))) {
            HttpResponse<String> list = served.get("/views");
            assertTrue(list.body().contains("\"/views/outline\"") && list.body().contains("\"/views/broken-view\""), list.body());
            HttpResponse<String> outline = served.get("/views/outline");
            assertEquals(200, outline.statusCode());
            assertTrue(outline.body().contains("<td>Công sở văn minh</td><td class=\"num\">4</td>"), outline.body());
            HttpResponse<String> broken = served.get("/views/broken-view");
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().startsWith("plugin boom failed while running \"GET /views/broken-view\": IllegalStateException: view failed"), broken.body());
            assertEquals(404, served.get("/views/nope").statusCode());
            assertEquals(200, served.get("/views/outline").statusCode());
        }
    }

    @Test
    void aPluginsViewIsAStudioPanelAndABrokenOneFailsInItsOwnPanelOnly() throws Exception {
        LoadedPlugins loaded = PluginLoader.load(new PluginFolders(List.of(plugins)));
        Path folder = CliTest.pack().toAbsolutePath().getParent();
        try (vn.rubric.workbench.studio.StudioServer studio = vn.rubric.workbench.studio.StudioServer.start(new Workspace(loaded.registry()), folder, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + studio.port();
            String token = "token=" + studio.token() + "&lang=en";
            String pack = "&pack=" + folder.relativize(CliTest.pack().toAbsolutePath());
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/views?" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(list.body().contains("\"id\":\"broken-view\"") && list.body().contains("\"id\":\"impact\""), list.body());
            HttpResponse<String> broken = http.send(HttpRequest.newBuilder(URI.create(base + "/api/views/broken-view?" + token + pack)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().startsWith("plugin boom failed while running \"studio: broken-view\": IllegalStateException: view failed"), broken.body());
            HttpResponse<String> outline = http.send(HttpRequest.newBuilder(URI.create(base + "/api/views/outline?" + token + pack)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, outline.statusCode(), outline.body());
            assertTrue(outline.body().contains("Công sở văn minh"), outline.body());
        }
    }
    @Test
    void thePluginsViewListsWhatEachPluginContributesAndWhyABrokenOneIsDisabled() throws Exception {
        // the boom jar beside one written for platform 1.x (disabled: the platform is 2.x)
        PluginJars jars = new PluginJars(root.resolve("with-old"));
        Files.copy(plugins.resolve("boom.jar"), Files.createDirectories(jars.folder()).resolve("boom.jar"));
        PluginLoaderTest.commandPlugin(jars, "old.jar", "old", "old", "x").with("plugin.requires", ">=1.0.0 & <2.0.0").build();
        LoadedPlugins loaded = PluginLoader.load(new PluginFolders(List.of(jars.folder())));
        Path folder = CliTest.pack().toAbsolutePath().getParent();
        try (vn.rubric.workbench.studio.StudioServer studio = vn.rubric.workbench.studio.StudioServer.start(new Workspace(loaded.registry()), folder, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + studio.port() + "/api/views/plugins?token=" + studio.token() + "&lang=en";
            HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, view.statusCode(), view.body());
            String html = view.body();
            String boom = html.substring(html.indexOf("<tr class=\"active\" data-plugin=\"boom\">"));
            boom = boom.substring(0, boom.indexOf("</tr>"));
            assertTrue(boom.contains("<td>1.0.0</td>") && boom.contains(jars.folder().resolve("boom.jar").toString()), boom);
            assertTrue(boom.contains("<code>views</code>: broken-view") && boom.contains("<code>reporters</code>: boom")
                    && boom.contains("<code>importers</code>: sniffer (.csv)") && boom.contains("<code>functions</code>: clamp"), boom);
            String old = html.substring(html.indexOf("<tr class=\"disabled\" data-plugin=\"old\">"));
            old = old.substring(0, old.indexOf("</tr>"));
            assertTrue(old.contains("disabled") && old.contains("&gt;=1.0.0 &amp; &lt;2.0.0") && old.contains("2.0.0"), old);
            assertTrue(html.contains("data-plugin=\"core\"") && html.contains("<code>views</code>: problems, impact, changes, tests, sheet, outline, plugins"), html);
        }
    }
}
