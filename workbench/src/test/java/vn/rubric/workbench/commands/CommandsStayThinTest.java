package vn.rubric.workbench.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI's commands are adapters over the workspace: none of them reaches the rule engine,
 * JSON or spreadsheets itself (those belong below, where the studio and the service use them too).
 */
class CommandsStayThinTest {

    private static final List<String> ENGINE_ROOM = List.of("org.kie", "org.drools", "com.fasterxml.jackson", "org.apache.poi");

    @Test
    void noCommandImportsDroolsJacksonOrPoi() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/rubric/workbench/commands"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        // the folder was read: a wrong path would make this test pass for nothing
        assertTrue(sources.size() > 10, sources.toString());
        List<String> found = sources.stream().flatMap(f -> {
            String text = read(f);
            return ENGINE_ROOM.stream().filter(text::contains).map(lib -> f.getFileName() + " uses " + lib);
        }).toList();
        assertEquals(List.of(), found);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
