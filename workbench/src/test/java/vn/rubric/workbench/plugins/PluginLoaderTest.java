package vn.rubric.workbench.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.platform.CommandContribution;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Registry;

/** Loading plugin jars: descriptors, dependency order, version checks, and broken plugins kept apart. */
class PluginLoaderTest {

    @TempDir
    Path root;

    static String command(String pkg, String cls, String name, String body) {
        return """
                package %s;
                @picocli.CommandLine.Command(name = "%s", description = "test command %s")
                public class %s implements java.util.concurrent.Callable<Integer> {
                    private final vn.rubric.workbench.Workbench wb;
                    public %s(vn.rubric.workbench.Workbench wb) { this.wb = wb; }
                    public Integer call() { %s }
                }
                """.formatted(pkg, name, name, cls, cls, body);
    }

    static String plugin(String pkg, String cls, String body) {
        return """
                package %s;
                import vn.rubric.workbench.platform.*;
                public class %s implements Plugin {
                    public void contribute(Contributions c) { %s }
                }
                """.formatted(pkg, cls, body);
    }

    /** A plugin "id" contributing the command "name", which prints "text". */
    static PluginJars.Jar commandPlugin(PluginJars jars, String file, String id, String name, String text) {
        String pkg = "p." + id.replace('-', '_');
        return jars.jar(file).plugin(id, pkg + ".P", "commands")
                .source(pkg + ".C", command(pkg, "C", name, "wb.out().println(\"" + text + "\"); return 0;"))
                .source(pkg + ".P", plugin(pkg, "P", "c.add(ExtensionPoints.COMMANDS, CommandContribution.of(\"" + name + "\", " + pkg + ".C::new));"));
    }

    private LoadedPlugins load(PluginJars jars) {
        return PluginLoader.load(new PluginFolders(List.of(jars.folder())));
    }

    private static List<String> commands(Registry r) {
        return r.contributions(ExtensionPoints.COMMANDS).stream().map(CommandContribution::name).toList();
    }

    private static PluginInfo info(Registry r, String id) {
        return r.plugin(id).orElseThrow(() -> new AssertionError("no plugin " + id + " in " + r.plugins()));
    }

    @Test
    void theBuiltInsAreThePluginCore() {
        Registry r = PluginLoader.load(PluginFolders.none()).registry();
        assertEquals(List.of("core"), r.plugins().stream().map(PluginInfo::id).toList());
        PluginInfo core = info(r, "core");
        assertEquals(PluginLoader.BUILT_IN, core.source());
        assertTrue(core.active());
        assertEquals(List.of("validate", "compile", "score", "test", "simulate", "diff", "changes", "sweep", "export", "verify-pack", "serve-api", "document", "import-sheet", "studio", "plugins"), commands(r));
        assertEquals(List.of("csv", "xlsx", "json"), r.contributions(ExtensionPoints.IMPORTERS).stream().map(Importer::format).toList());
        assertEquals(List.of("problems", "impact", "changes", "tests", "sheet", "outline", "plugins"), r.contributions(ExtensionPoints.VIEWS).stream().map(v -> v.id()).toList());
    }

    @Test
    void aJarPluginIsLoadedInItsOwnClassLoader() throws IOException {
        PluginJars jars = new PluginJars(root);
        Path jar = commandPlugin(jars, "hello.jar", "hello", "hello", "xin chào").with("plugin.name", "Lời chào").build();
        LoadedPlugins loaded = load(jars);
        PluginInfo hello = info(loaded.registry(), "hello");
        assertTrue(hello.active(), String.valueOf(hello.problem()));
        assertEquals("Lời chào", hello.name()); // the descriptor is read as UTF-8
        assertEquals(jar.toString(), hello.source());
        assertTrue(commands(loaded.registry()).contains("hello"));
        // the command the plugin makes is of a class its own loader defined
        CommandContribution hi = loaded.registry().contributions(ExtensionPoints.COMMANDS).stream().filter(c -> c.name().equals("hello")).findFirst().orElseThrow();
        vn.rubric.workbench.Workbench wb = vn.rubric.workbench.Workbench.create(loaded.registry(), java.util.Locale.ENGLISH,
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()));
        ClassLoader loader = hi.create(wb).getClass().getClassLoader();
        assertNotEquals(getClass().getClassLoader(), loader);
        assertTrue(loader instanceof org.pf4j.PluginClassLoader);
    }

    @Test
    void aPluginLoadsAfterThePluginItRequiresAndUsesItsClasses() throws IOException {
        PluginJars jars = new PluginJars(root);
        // "z-lib" sorts after "a-app", so only the requirement can put it first
        Path lib = jars.jar("z-lib.jar").plugin("lib", "lib.P", "").with("plugin.version", "1.2.0")
                .source("lib.Greeting", "package lib; public class Greeting { public static String text() { return \"from lib\"; } }")
                .source("lib.P", plugin("lib", "P", "")).build();
        jars.jar("a-app.jar").plugin("app", "app.P", "commands").with("plugin.dependencies", "lib@>=1.0.0 & <2.0.0").against(lib)
                .source("app.C", command("app", "C", "app", "wb.out().println(lib.Greeting.text()); return 0;"))
                .source("app.P", plugin("app", "P", "c.add(ExtensionPoints.COMMANDS, CommandContribution.of(\"app\", app.C::new));")).build();
        LoadedPlugins loaded = load(jars);
        List<String> order = loaded.registry().plugins().stream().map(PluginInfo::id).toList();
        assertEquals(List.of("core", "lib", "app"), order);
        assertTrue(info(loaded.registry(), "app").active(), String.valueOf(info(loaded.registry(), "app").problem()));
        assertEquals(List.of(new PluginInfo.Requirement("lib", ">=1.0.0 & <2.0.0")), info(loaded.registry(), "app").dependencies());

        java.io.StringWriter out = new java.io.StringWriter();
        int exit = vn.rubric.workbench.cli.Main.run(new String[] {"app"}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true), loaded);
        assertEquals(0, exit);
        assertEquals("from lib", out.toString().strip());
    }

    @Test
    void versionRangesAreChecked() throws IOException {
        PluginJars jars = new PluginJars(root);
        jars.jar("lib.jar").plugin("lib", "lib.P", "").with("plugin.version", "1.2.0").source("lib.P", plugin("lib", "P", "")).build();
        commandPlugin(jars, "future.jar", "future", "future", "x").with("plugin.requires", ">=3.0.0").build();
        // written for platform 1.x, whose views were handed a pack alone: platform 2 refuses it
        commandPlugin(jars, "old.jar", "old", "old", "x").with("plugin.requires", ">=1.0.0 & <2.0.0").build();
        commandPlugin(jars, "wants-new-lib.jar", "wants-new-lib", "wnl", "x").with("plugin.dependencies", "lib@>=2.0.0").build();
        commandPlugin(jars, "takes-lib-1.jar", "takes-lib-1", "tl", "x").with("plugin.dependencies", "lib@1.x").build();
        commandPlugin(jars, "ghost-optional.jar", "ghost-optional", "go", "x").with("plugin.dependencies", "ghost?@>=1.0.0, lib").build();
        commandPlugin(jars, "future-optional.jar", "future-optional", "fo", "x").with("plugin.dependencies", "future?").build();
        Registry r = load(jars).registry();
        assertEquals(new PluginInfo.Problem("plugin.problem.platform", List.of(">=3.0.0", ExtensionPoints.PLATFORM_VERSION)), info(r, "future").problem());
        assertEquals(new PluginInfo.Problem("plugin.problem.platform", List.of(">=1.0.0 & <2.0.0", "2.0.0")), info(r, "old").problem());
        assertEquals(new PluginInfo.Problem("plugin.problem.dependency-version", List.of("lib", ">=2.0.0", "1.2.0")), info(r, "wants-new-lib").problem());
        assertTrue(info(r, "takes-lib-1").active(), String.valueOf(info(r, "takes-lib-1").problem()));
        assertTrue(info(r, "ghost-optional").active(), String.valueOf(info(r, "ghost-optional").problem())); // an optional plugin may be absent
        // an optional plugin that is there but disabled counts as absent, not as a circle
        assertTrue(info(r, "future-optional").active(), String.valueOf(info(r, "future-optional").problem()));
        assertFalse(commands(r).contains("future"));
        assertFalse(commands(r).contains("wnl"));
        assertTrue(commands(r).contains("tl"));
    }

    @Test
    void aBrokenPluginIsDisabledWithItsReasonAndTheOthersLoad() throws IOException {
        PluginJars jars = new PluginJars(root);
        commandPlugin(jars, "good.jar", "good", "good", "ok").build();
        commandPlugin(jars, "no-id.jar", "x", "x1", "x").with("plugin.id", "").build();
        commandPlugin(jars, "bad-version.jar", "bad-version", "x2", "x").with("plugin.version", "one").build();
        Files.write(jars.folder().resolve("not-a-zip.jar"), "this is no jar".getBytes(StandardCharsets.UTF_8));
        jars.jar("no-descriptor.jar").source("q.Q", "package q; public class Q {}").build();
        commandPlugin(jars, "unknown-point.jar", "unknown-point", "x3", "x").with("plugin.contributes", "commands, menus").build();
        commandPlugin(jars, "needs-ghost.jar", "needs-ghost", "x4", "x").with("plugin.dependencies", "ghost@>=1.0.0").build();
        commandPlugin(jars, "needs-needs-ghost.jar", "needs-needs-ghost", "x5", "x").with("plugin.dependencies", "needs-ghost").build();
        commandPlugin(jars, "no-class.jar", "no-class", "x6", "x").with("plugin.class", "p.no_class.Missing").build();
        jars.jar("not-a-plugin.jar").plugin("not-a-plugin", "n.N", "commands").source("n.N", "package n; public class N {}").build();
        jars.jar("throws.jar").plugin("throws", "t.P", "commands")
                .source("t.C", command("t", "C", "half", "return 0;"))
                .source("t.P", plugin("t", "P", "c.add(ExtensionPoints.COMMANDS, CommandContribution.of(\"half\", t.C::new)); throw new IllegalStateException(\"no config\");")).build();
        jars.jar("undeclared.jar").plugin("undeclared", "u.P", "commands")
                .source("u.P", plugin("u", "P", "c.add(ExtensionPoints.FUNCTIONS, new vn.rubric.dsl.expr.ExpressionFunction(\"one\", java.util.List.of(), vn.rubric.dsl.expr.ValueType.NUMBER, \"function double one() { return 1; }\"));")).build();
        commandPlugin(jars, "takes-score.jar", "takes-score", "score", "mine").build();
        commandPlugin(jars, "later-good.jar", "good", "good2", "x").build();
        commandPlugin(jars, "circle-a.jar", "circle-a", "ca", "x").with("plugin.dependencies", "circle-b").build();
        commandPlugin(jars, "circle-b.jar", "circle-b", "cb", "x").with("plugin.dependencies", "circle-a").build();

        Registry r = load(jars).registry();
        Map<String, String> problems = r.plugins().stream().filter(p -> !p.active())
                .collect(Collectors.toMap(p -> Path.of(p.source()).getFileName().toString(), p -> p.problem().key()));
        assertEquals(Map.ofEntries(
                Map.entry("no-id.jar", "plugin.problem.missing-key"),
                Map.entry("bad-version.jar", "plugin.problem.bad-version"),
                Map.entry("not-a-zip.jar", "plugin.problem.unreadable"),
                Map.entry("no-descriptor.jar", "plugin.problem.no-descriptor"),
                Map.entry("unknown-point.jar", "plugin.problem.unknown-point"),
                Map.entry("needs-ghost.jar", "plugin.problem.missing"),
                Map.entry("needs-needs-ghost.jar", "plugin.problem.dependency-disabled"),
                Map.entry("no-class.jar", "plugin.problem.class"),
                Map.entry("not-a-plugin.jar", "plugin.problem.not-a-plugin"),
                Map.entry("throws.jar", "plugin.problem.failed"),
                Map.entry("undeclared.jar", "plugin.problem.undeclared-point"),
                Map.entry("takes-score.jar", "plugin.problem.taken"),
                Map.entry("later-good.jar", "plugin.problem.duplicate"),
                Map.entry("circle-a.jar", "plugin.problem.cycle"),
                Map.entry("circle-b.jar", "plugin.problem.cycle")), problems);
        assertEquals(List.of("no config"), info(r, "throws").problem().args().stream().map(a -> a.toString().replaceAll(".*: ", "")).toList());
        assertTrue(info(r, "good").active());
        assertTrue(info(r, "core").active());
        List<String> commands = commands(r);
        assertTrue(commands.contains("good"));
        assertFalse(commands.contains("half"), "what a failed plugin contributed before it threw is not kept");
        assertEquals(1, commands.stream().filter("score"::equals).count());
        assertTrue(r.contributions(ExtensionPoints.FUNCTIONS).isEmpty());
        // the core's score command is still the core's
        assertEquals("core", r.entries(ExtensionPoints.COMMANDS).stream().filter(c -> c.value().name().equals("score")).findFirst().orElseThrow().pluginId());
        assertNull(info(r, "good").problem());
    }
}
