package vn.rubric.workbench.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;
import vn.rubric.workbench.CliTest;
import vn.rubric.workbench.ServedPack;
import vn.rubric.workbench.cli.Main;
import vn.rubric.workbench.platform.PluginInfo;

/**
 * The hostile-input suite, plugins (issue 14, cause 8): plugins that throw Errors or never
 * return. Each is one line naming the plugin; the other plugins and commands keep working.
 */
class HostilePluginsTest {

    @TempDir
    static Path root;

    static Path deep, brokenContribute, looping, exiting;

    @BeforeAll
    static void buildPlugins() throws IOException {
        PluginJars jars = new PluginJars(root.resolve("deep"));
        jars.jar("deep.jar").plugin("deep", "deep.P", "commands, views")
                .source("deep.C", PluginLoaderTest.command("deep", "C", "deep", "return down(0);")
                        .replace("public Integer call()", "static int down(int n) { return down(n + 1) + 1; }\n    public Integer call()"))
                .source("deep.P", PluginLoaderTest.plugin("deep", "P", """
                        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("deep", deep.C::new));
                        c.add(ExtensionPoints.VIEWS, new View() {
                            public String id() { return "deep-view"; }
                            public String mediaType() { return "text/plain"; }
                            public void render(vn.rubric.workbench.platform.ViewContext c, java.io.OutputStream o) { throw new StackOverflowError(); }
                        });
                        """)).build();
        deep = jars.folder();

        jars = new PluginJars(root.resolve("broken"));
        jars.jar("error.jar").plugin("error-in-contribute", "err.P", "commands")
                .source("err.P", PluginLoaderTest.plugin("err", "P", "if (true) throw new AssertionError(\"contributed badly\");")).build();
        PluginLoaderTest.commandPlugin(jars, "good.jar", "good", "hello", "xin chào").build();
        brokenContribute = jars.folder();

        jars = new PluginJars(root.resolve("looping"));
        jars.jar("loop.jar").plugin("loops", "loop.P", "commands")
                .source("loop.P", PluginLoaderTest.plugin("loop", "P", "while (true) { Thread.onSpinWait(); }")).build();
        PluginLoaderTest.commandPlugin(jars, "good.jar", "good", "hello", "xin chào").build();
        looping = jars.folder();

        jars = new PluginJars(root.resolve("exiting"));
        jars.jar("exiter.jar").plugin("exiter", "ex.P", "commands")
                .source("ex.C", PluginLoaderTest.command("ex", "C", "leave", "System.exit(77); return 0;"))
                .source("ex.P", PluginLoaderTest.plugin("ex", "P", "c.add(ExtensionPoints.COMMANDS, CommandContribution.of(\"leave\", ex.C::new));")).build();
        exiting = jars.folder();
    }

    /** The CLI in a JVM of its own (System.exit ends the JVM): exit code and standard error. */
    static java.util.Map.Entry<Integer, String> jvm(String... args) throws IOException, InterruptedException {
        return jvm(java.util.Map.of(), args);
    }

    static java.util.Map.Entry<Integer, String> jvm(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().putAll(env);
        Process p = b.start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        return java.util.Map.entry(p.exitValue(), err);
    }

    @Test
    @Timeout(120)
    void systemExitInAPluginIsReportedWithThePluginNamed() throws Exception {
        var r = jvm("--lang", "en", "--plugins", exiting.toString(), "leave");
        assertEquals(77, r.getKey(), r.getValue());
        assertTrue(r.getValue().startsWith("the run was ended by the plugin exiter, which called System.exit (ex.C.call)"), r.getValue());
    }

    @Test
    @Timeout(120)
    void systemExitInAHandWrittenRuleIsReportedAsThePacks(@TempDir Path dir) throws Exception {
        Path pack = vn.rubric.workbench.HostileRunTest.issuedPack(dir.resolve("pack"));
        java.nio.file.Files.createDirectories(pack.resolve("rules"));
        java.nio.file.Files.writeString(pack.resolve("rules/exit.drl"), "package rubric.mini;\n\nrule \"ra đi\"\nwhen\n    Unit()\nthen\n    System.exit(77);\nend\n");
        var r = jvm("--lang", "en", "--plugins", dir.resolve("none").toString(), "score", pack.toString());
        assertEquals(77, r.getKey(), r.getValue());
        assertTrue(r.getValue().contains("the run was ended by a rule of the pack (package rubric.mini), which called System.exit"), r.getValue());
    }

    private static Cli run(Path plugins, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--lang";
        all[1] = "en";
        all[2] = "--plugins";
        all[3] = plugins.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    @Test
    void aStackOverflowInACommandIsOneLineNamingThePlugin() {
        Cli r = run(deep, "deep");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith("plugin deep failed while running \"deep\": StackOverflowError;"), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @Test
    void anErrorInContributeDisablesThatPluginOnly() {
        Cli plugins = run(brokenContribute, "plugins");
        assertEquals(0, plugins.exit(), plugins.toString());
        assertTrue(plugins.out().contains("it failed while contributing: AssertionError: contributed badly"), plugins.out());
        Cli hello = run(brokenContribute, "hello");
        assertEquals(0, hello.exit(), hello.toString());
        assertEquals("xin chào", hello.out().strip());
        assertEquals(0, run(brokenContribute, "validate", CliTest.pack().toString()).exit());
    }

    @Test
    @Timeout(60)
    void aContributeThatNeverReturnsIsDisabledAfterTheLimit() {
        long started = System.nanoTime();
        LoadedPlugins loaded = new PluginLoader(vn.rubric.workbench.platform.ExtensionPoints.PLATFORM_VERSION, Duration.ofSeconds(1))
                .load(new PluginFolders(List.of(looping)), PluginLoader.class.getClassLoader());
        assertTrue(System.nanoTime() - started < 20_000_000_000L);
        PluginInfo loops = loaded.registry().plugin("loops").orElseThrow();
        assertEquals("plugin.problem.timeout", loops.problem().key());
        assertTrue(loaded.registry().plugin("good").orElseThrow().active());
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new String[] {"--lang", "en", "plugins"}, new PrintWriter(out, true), new PrintWriter(err, true), loaded);
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("it did not finish contributing within 1 s"), out.toString());
    }

    @Test
    void anErrorInAViewIsA500WithItsReason() throws Exception {
        try (ServedPack served = ServedPack.start(CliTest.pack(), "1.0.0", Locale.ENGLISH, new PluginFolders(List.of(deep)))) {
            HttpResponse<String> r = served.get("/views/deep-view");
            assertEquals(500, r.statusCode());
            assertTrue(r.body().startsWith("plugin deep failed while running \"GET /views/deep-view\": StackOverflowError"), r.body());
        }
    }

    @Test
    @Timeout(120)
    // 12 s: the JVM starts and builds the rules first, slowly on a busy machine
    void aRuleWhoseActionNeverReturnsIsStoppedByTheTimeLimitNamingThePacksRules(@TempDir Path dir) throws Exception {
        Path pack = vn.rubric.workbench.HostileRunTest.issuedPack(dir.resolve("pack"));
        java.nio.file.Files.createDirectories(pack.resolve("rules"));
        java.nio.file.Files.writeString(pack.resolve("rules/spin.drl"),
                "package rubric.mini;\n\nrule \"quay mãi\"\nwhen\n    Unit()\nthen\n    while (System.nanoTime() > 0) { }\nend\n");
        var r = jvm(java.util.Map.of("RUBRIC_TIME_LIMIT", "12"), "--lang", "en", "--plugins", dir.resolve("none").toString(), "score", pack.toString());
        assertEquals(1, r.getKey(), r.getValue());
        assertTrue(r.getValue().contains("error: the run did not finish within 12 s and was stopped (set RUBRIC_TIME_LIMIT=SECONDS"), r.getValue());
        assertTrue(r.getValue().contains("it was running a rule of the pack (package rubric.mini"), r.getValue());
        assertFalse(r.getValue().contains("\tat "), r.getValue());
    }
}
