package vn.rubric.workbench.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.rubric.workbench.commands.AtomicFiles;

/**
 * Where request bodies are copied while they are scored: a folder per request in the
 * system's temporary folder, named {@code rubric-score-PID-…} so that one left by a service
 * killed outright (SIGKILL) is recognised and removed by the next service once its process is gone.
 */
final class BodyFiles {

    static final String PREFIX = "rubric-score-";

    private BodyFiles() {}

    static Path directory() throws IOException {
        return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Deletes a request's folder and what is in it; a folder already gone is no error. */
    static void delete(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // gone already, or a file the request was still writing: its own finally deletes it
        }
    }

    /** Removes the folders of services whose process has ended. */
    static void removeLeftovers() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0) continue;
                if (AtomicFiles.isRunning(rest.substring(0, dash))) continue;
                delete(dir);
            }
        } catch (IOException e) {
            // a temporary folder that cannot be listed holds nothing of ours to clean
        }
    }
}
