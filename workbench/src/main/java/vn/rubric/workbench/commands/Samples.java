package vn.rubric.workbench.commands;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled samples are: under the current folder, or else under the workbench's
 * home (the {@code rubric.home} property the launcher sets), so defaults work from anywhere.
 */
final class Samples {

    private Samples() {}

    static Path resolve(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) return here;
        String home = System.getProperty("rubric.home");
        if (home != null && Files.exists(Path.of(home, relative))) return Path.of(home, relative);
        return here;
    }
}
