package vn.rubric.workbench.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;
import vn.rubric.workbench.CliTest;

/**
 * A rubric declares the plugins whose functions it calls ({@code plugins:} with id and version
 * range): the declaration is validated and located, a function called from an undeclared
 * plugin gets a warning with the entry to add, pack.json carries the declarations, and
 * verify-pack of a pack whose plugin is not installed checks it with Drools alone and names
 * the missing plugin instead of refusing the pack.
 */
class PackPluginsTest {

    @TempDir
    static Path root;
    static Path plugins, none;

    static final String PLUGIN = """
            package limits;
            import java.util.List;
            import vn.rubric.dsl.expr.ExpressionFunction;
            import vn.rubric.dsl.expr.ValueType;
            import vn.rubric.workbench.platform.*;
            public class LimitsPlugin implements Plugin {
                public void contribute(Contributions c) {
                    c.add(ExtensionPoints.FUNCTIONS, new ExpressionFunction("clamp", List.of(ValueType.NUMBER, ValueType.NUMBER, ValueType.NUMBER), ValueType.NUMBER,
                            "function double clamp(double x, double lo, double hi) {\\n    if (x < lo) { return lo; }\\n    return Math.min(hi, x);\\n}"));
                }
            }
            """;

    @BeforeAll
    static void buildPlugin() throws IOException {
        PluginJars jars = new PluginJars(root);
        jars.jar("limits.jar").plugin("limits", "limits.LimitsPlugin", "functions").with("plugin.version", "1.2.0")
                .source("limits.LimitsPlugin", PLUGIN).build();
        plugins = jars.folder();
        none = Files.createDirectories(root.resolve("no-plugins"));
    }

    /** The test pack with item 1.2 scored by clamp(), its plugins: block as given (null: none), and two test cases. */
    static Path pack(String name, String pluginsBlock) throws IOException {
        Path pack = Files.createDirectories(root.resolve(name));
        String rubric = Files.readString(CliTest.pack().resolve("rubric.yaml")).replace("assessed: office", "formula: clamp(office * 5, 0, 4)");
        if (pluginsBlock != null) rubric = rubric.replace("parameters:\n", pluginsBlock + "parameters:\n");
        Files.writeString(pack.resolve("rubric.yaml"), rubric);
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
        return pack;
    }

    static Cli run(Path pluginFolder, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--plugins";
        all[1] = pluginFolder.toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    static final String DECLARED = """
            plugins:
              - id: limits
                version: ">=1.0.0 & <2.0.0"
            """;

    @Test
    void aPackWhosePluginIsNotInstalledIsVerifiedWithDroolsAloneAndThePluginIsNamed() throws Exception {
        Path pack = pack("declared", DECLARED);
        Cli validated = run(plugins, "validate", pack.toString());
        assertEquals(0, validated.exit(), validated.toString());
        assertFalse(validated.err().contains("W-PLUGIN"), validated.err());

        Path out = Files.createDirectories(root.resolve("exported"));
        Cli exported = run(plugins, "export", pack.toString(), "--version", "1.0.0", "--draft", "-o", out.toString());
        assertEquals(0, exported.exit(), exported.toString());
        JsonNode json = new ObjectMapper().readTree(out.resolve("mini-1.0.0-draft.1.pack.json").toFile());
        assertEquals("[{\"id\":\"limits\",\"version\":\">=1.0.0 & <2.0.0\"}]", json.get("plugins").toString());
        assertEquals("[\"clamp\"]", json.get("drools").get("functions").toString());

        // without the plugin: the DRL carries clamp's code, so the pack builds and its tests pass; the plugin is named
        Cli verified = run(none, "verify-pack", out.resolve("mini-1.0.0-draft.1.jar").toString());
        assertEquals(0, verified.exit(), verified.toString());
        assertTrue(verified.err().contains("W-PACK-PLUGIN-MISSING") && verified.err().contains("plugin limits (>=1.0.0 & <2.0.0), which is not installed here"),
                verified.toString());
        assertTrue(verified.out().contains("2 cases: 2 passed, 0 failed"), verified.out());
        assertTrue(verified.out().contains("is verified"), verified.out());

        // with it, nothing to say about plugins
        Cli withPlugin = run(plugins, "verify-pack", out.resolve("mini-1.0.0-draft.1.jar").toString());
        assertEquals(0, withPlugin.exit(), withPlugin.toString());
        assertFalse(withPlugin.err().contains("W-PACK-PLUGIN") || withPlugin.err().contains("W-PACK-FUNCTION"), withPlugin.err());
    }

    @Test
    void aPackThatDoesNotDeclareItsPluginIsVerifiedAndTheFunctionNamed() throws Exception {
        Path pack = pack("undeclared", null);
        Path out = Files.createDirectories(root.resolve("exported-undeclared"));
        Cli exported = run(plugins, "export", pack.toString(), "--version", "1.0.0", "--draft", "-o", out.toString());
        assertEquals(0, exported.exit(), exported.toString());
        Cli verified = run(none, "verify-pack", out.resolve("mini-1.0.0-draft.1.jar").toString());
        assertEquals(0, verified.exit(), verified.toString());
        assertTrue(verified.err().contains("W-PACK-FUNCTION-UNDECLARED") && verified.err().contains("clamp(...) is not installed here"), verified.toString());
    }

    @Test
    void aFunctionFromAnUndeclaredPluginIsAWarningWithTheEntryToAdd() throws Exception {
        Path pack = pack("undeclared-validate", null);
        Cli validated = run(plugins, "validate", pack.toString());
        assertEquals(0, validated.exit(), validated.toString());
        int line = lineOf(pack, "clamp(");
        assertTrue(validated.err().contains("rubric.yaml:" + line + ":"), validated.err());
        assertTrue(validated.err().contains("W-PLUGIN-UNDECLARED: clamp(...) comes from plugin limits, which the rubric does not declare"), validated.err());
        assertTrue(validated.err().contains("an entry with id: limits and version: \">=1.2.0\""), validated.err());
    }

    @Test
    void theDeclarationsAreCheckedWhereTheyAreWritten() throws Exception {
        Path notAList = pack("not-a-list", "plugins: limits\n");
        Cli a = run(plugins, "validate", notAList.toString());
        assertEquals(1, a.exit(), a.toString());
        assertTrue(a.err().contains("rubric.yaml:" + lineOf(notAList, "plugins:") + ":") && a.err().contains("E-TYPE-VALUE"), a.err());

        Path noVersion = pack("no-version", "plugins:\n  - id: limits\n    versoin: \"1.x\"\n");
        Cli b = run(plugins, "validate", noVersion.toString());
        assertEquals(1, b.exit(), b.toString());
        assertTrue(b.err().contains("E-MISSING-KEY") && b.err().contains("\"version\" is missing in this plugins entry"), b.err());
        assertTrue(b.err().contains("rubric.yaml:" + lineOf(noVersion, "versoin") + ":") && b.err().contains("E-UNKNOWN-KEY"), b.err());

        Path badRange = pack("bad-range", "plugins:\n  - id: limits\n    version: \"about two\"\n");
        Cli c = run(plugins, "validate", badRange.toString());
        assertEquals(1, c.exit(), c.toString());
        assertTrue(c.err().contains("rubric.yaml:" + lineOf(badRange, "about two") + ":") && c.err().contains("E-PLUGIN-RANGE"), c.err());

        Path others = pack("others", DECLARED.replace(">=1.0.0 & <2.0.0", ">=2.0.0") + "  - id: sheets-lib\n    version: \"1.x\"\n");
        Cli d = run(plugins, "validate", others.toString());
        assertEquals(0, d.exit(), d.toString());
        assertTrue(d.err().contains("W-PLUGIN-VERSION: the rubric needs plugin limits in versions >=2.0.0; the one installed is 1.2.0"), d.err());
        assertTrue(d.err().contains("rubric.yaml:" + lineOf(others, "sheets-lib") + ":") && d.err().contains("W-PLUGIN-MISSING: the rubric needs plugin sheets-lib (1.x)"), d.err());

        Path twice = pack("twice", DECLARED + "  - id: limits\n    version: \"1.x\"\n");
        Cli e = run(plugins, "validate", twice.toString());
        assertEquals(1, e.exit(), e.toString());
        assertTrue(e.err().contains("E-DUPLICATE-ID") && e.err().contains("plugins entry \"limits\" is declared more than once"), e.err());
    }

    /** The 1-based line of the first line of the pack's rubric that holds {@code text}. */
    static int lineOf(Path pack, String text) throws IOException {
        java.util.List<String> lines = Files.readAllLines(pack.resolve("rubric.yaml"));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in the rubric");
    }
}
