package vn.rubric.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A sample pack copied into a test's own folder, so the test can change it. */
public final class TestFolders {

    private TestFolders() {}

    /** Copies {@code from} into {@code to} (made), leaving out a build's target folder; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target")) continue;
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
        return to;
    }
}
