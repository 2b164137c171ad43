package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/**
 * The hostile-input suite, running and writing side (issue 14): each probe runs the CLI
 * in-process on something a careless or hostile user could hand it, and holds it to the
 * promise: exit 1 or 2, a located message, no stack trace, nothing left behind.
 */
class HostileRunTest {

    /** The promise every probe checks: a user error, no stack trace, no framework log line. */
    static void userError(Cli r, int exit, String located) {
        assertEquals(exit, r.exit(), r.toString());
        assertTrue((r.out() + r.err()).contains(located), "expected \"" + located + "\" in\n" + r);
        noTrace(r);
    }

    static void noTrace(Cli r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception in thread") || all.contains("] ERROR "), "a trace or log line:\n" + r);
        assertFalse(all.contains("internal error") || all.contains("lỗi nội bộ"), "an internal error:\n" + r);
    }

    /** Nothing but what the test made: no temporary file left beside an output. */
    static void nothingLeft(Path dir, String... expected) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(Stream.of(expected).sorted().toList(), names);
        }
    }

    // ---------------------------------------------------------------- the CLI itself (cause 12)

    @Test
    void everyCommandsHelpExitsZero() {
        Registry registry = PluginLoader.load(PluginFolders.none()).registry();
        List<String> commands = registry.entries(ExtensionPoints.COMMANDS).stream().map(Registry.Contribution::name).toList();
        assertTrue(commands.contains("export") && commands.contains("serve-api"), commands.toString());
        for (String c : commands) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.exit(), c + " --help:\n" + r);
            assertTrue(r.out().contains("rubric " + c), c + " --help:\n" + r);
        }
    }

    @Test
    void aHostThatDoesNotResolveIsAUserErrorNamingIt() {
        Cli r = Cli.run("--lang", "en", "serve-api", CliTest.pack().toString(), "--host", "no such host", "--port", "0");
        userError(r, 2, "--host no such host: no such address");
    }
}
