package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;

/** {@code rubric studio} as a user starts it: in its own JVM, since it serves until stopped. */
class StudioCommandTest {

    record Started(String out, String err) {}

    /** Starts the command, reads its first line of output, and stops it. */
    static Started start(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "vn.rubric.workbench.cli.Main", "--plugins", "none"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            // the warning, when there is one, is written before the address
            String warning = err.ready() ? err.readLine() : "";
            return new Started(first, warning);
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void itPrintsTheLoopbackAddressWithATokenOfThisStart(@TempDir Path folder) throws Exception {
        Started a = start("studio", folder.toString());
        Started b = start("studio", folder.toString());
        assertTrue(a.out().matches(".*http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}.*"), a.out());
        assertEquals("", a.err());
        String tokenA = a.out().replaceAll(".*token=([A-Za-z0-9_-]+).*", "$1"), tokenB = b.out().replaceAll(".*token=([A-Za-z0-9_-]+).*", "$1");
        assertTrue(!tokenA.equals(tokenB), "the token is made anew at each start");
    }

    @Test
    void anotherHostThanLoopbackIsWarnedOf(@TempDir Path folder) throws Exception {
        Started s = start("--lang", "en", "studio", folder.toString(), "--host", "0.0.0.0");
        assertTrue(s.out().contains("http://0.0.0.0:"), s.out());
        assertTrue(s.err().startsWith("warning: the studio listens on 0.0.0.0"), s.err());
    }

    @Test
    void aFolderThatIsNotThereIsAUsageError(@TempDir Path folder) {
        Cli cli = Cli.run("--lang", "en", "studio", folder.resolve("nope").toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("not a folder"), cli.err());
    }
}
