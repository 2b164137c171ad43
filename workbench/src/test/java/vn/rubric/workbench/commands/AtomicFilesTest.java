package vn.rubric.workbench.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aFullDiskOrReadOnlyFilesystemIsNamedByTheUsersPathNotTheTemporaryFile() {
        Path out = Path.of("reports", "sheets.json");
        AtomicFiles.Unwritable full = AtomicFiles.unwritable(out, new IOException("No space left on device"));
        assertEquals("E-OUTPUT-FULL", full.diagnostic().code());
        assertEquals(out, full.diagnostic().pos().file());
        AtomicFiles.Unwritable ro = AtomicFiles.unwritable(out, new FileSystemException("reports/.sheets.json.12.rubric-tmp", null, "Read-only file system"));
        assertEquals("E-OUTPUT-DENIED", ro.diagnostic().code());
        AtomicFiles.Unwritable other = AtomicFiles.unwritable(out, new FileSystemException("reports/.sheets.json.12.rubric-tmp", null, "Input/output error"));
        assertEquals("E-OUTPUT-UNWRITABLE", other.diagnostic().code());
        assertFalse(other.diagnostic().args().toString().contains("rubric-tmp"), other.diagnostic().args().toString());
    }

    @Test
    void leftoversOfADeadRunAreCleanedAndALiveRunsAreKept(@TempDir Path dir) throws IOException {
        Path dead = Files.writeString(dir.resolve(".out.json.999999999.rubric-tmp"), "half");
        Path alive = Files.writeString(dir.resolve(".out.json." + ProcessHandle.current().parent().orElseThrow().pid() + ".rubric-tmp"), "busy");
        Path other = Files.writeString(dir.resolve(".other.json.999999999.rubric-tmp"), "not ours to clean now");
        AtomicFiles.write(dir.resolve("out.json"), "{}");
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(alive));
        assertTrue(Files.exists(other));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.filter(p -> !p.getFileName().toString().equals("out.json")).count());
        }
        assertEquals("{}", Files.readString(dir.resolve("out.json")));
    }
}
