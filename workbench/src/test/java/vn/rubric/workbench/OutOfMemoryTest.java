package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs out of heap says so in one message with the fix (RUBRIC_JAVA_OPTS), exit 2,
 * never a Java stack trace (issue 12, item 7): a diff on many units in a JVM given a heap far too
 * small for them.
 */
class OutOfMemoryTest {

    @Test
    void runningOutOfHeapIsOneMessageWithTheFix(@TempDir Path dir) throws IOException, InterruptedException {
        Path samples = Path.of("..", "samples");
        Path data = manyUnits(samples.resolve("data").resolve("hung-yen-2024-units.csv"), dir.resolve("units.csv"), 200);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "vn.rubric.workbench.cli.Main", "diff", samples.resolve("hung-yen-02-2020").toString(),
                samples.resolve("hung-yen-draft").toString(), "--data", data.toString(), "--lang", "en")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not end");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.contains("not enough memory"), err);
        assertTrue(err.contains("RUBRIC_JAVA_OPTS=-Xmx4g ./rubric diff"), err);
        assertFalse(err.contains("\tat "), "a stack trace: " + err);
        assertFalse(err.contains("Exception in thread"), err);
        assertFalse(err.contains("internal error"), err);
    }

    /** The sample's units {@code copies} times over, each copy's ids made its own. */
    static Path manyUnits(Path sample, Path out, int copies) throws IOException {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (int c = 0; c < copies; c++) {
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                sb.append(line, 0, comma).append("-c").append(c).append(line, comma, line.length()).append('\n');
            }
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
        return out;
    }
}
