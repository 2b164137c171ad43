package vn.rubric.workbench.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.cli.Main;

/**
 * A run stopped with SIGTERM while it writes its output (issue 14, cause 9): the user's file
 * keeps its old bytes and no temporary file is left beside it.
 */
class InterruptedWriteTest {

    private static final Path PACK = Path.of("..", "samples", "hung-yen-02-2020").toAbsolutePath().normalize();

    /** The sample's units, repeated under new ids, so that writing their sheets takes seconds. */
    private static Path manyUnits(Path dir, int copies) throws IOException {
        List<String> lines = Files.readAllLines(PACK.resolve("data/units.csv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int k = 0; k < copies; k++) {
            for (String row : lines.subList(1, lines.size())) {
                if (!row.isBlank()) out.add("c" + k + "-" + row);
            }
        }
        return Files.write(dir.resolve("many.csv"), out, StandardCharsets.UTF_8);
    }

    private static List<Path> temporaries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).toList();
        }
    }

    @Test
    @Timeout(300)
    void sigtermDuringTheWriteKeepsTheUsersFileAndLeavesNoTemporary(@TempDir Path dir) throws Exception {
        Path data = manyUnits(dir, 80);
        Path out = Files.writeString(dir.resolve("sheets.json"), "the user's earlier file");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "score", PACK.toString(), "--data", data.toString(), "--format", "json", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (temporaries(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(p.isAlive(), "the run ended before it began writing: " + Files.readString(dir.resolve("run.log")));
        assertEquals(1, temporaries(dir).size(), "the run writes into one temporary file");
        p.destroy();   // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop on SIGTERM");
        assertEquals(List.of(), temporaries(dir));
        assertEquals("the user's earlier file", Files.readString(out));
    }
}
