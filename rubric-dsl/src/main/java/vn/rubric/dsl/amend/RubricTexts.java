package vn.rubric.dsl.amend;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.InputText;
import java.util.function.Function;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.pack.RulePack;

/**
 * Finds and reads the rubric files an amendment rests on: from the texts a caller has open
 * (an editor's unsaved buffers: asked by absolute, normalized path; null means "not open"),
 * else from disk.
 */
public final class RubricTexts {

    private final Function<Path, String> open;

    /** {@code open} may be null: every file is read from disk. */
    public RubricTexts(Function<Path, String> open) {
        this.open = open;
    }

    /** The open text of {@code file}, or null when the caller has none and it is to be read from disk. */
    public String openText(Path file) {
        return open == null ? null : open.apply(file.toAbsolutePath().normalize());
    }

    /**
     * The rubric file that {@code written} (an {@code amends:} value) names, relative to the
     * folder of {@code from}: a pack folder's rubric.yaml, or a file; null when there is neither.
     */
    Path resolve(Path from, String written) {
        Path folder = from.getParent() == null ? Path.of("") : from.getParent();
        Path named = folder.resolve(written).normalize();
        Path inFolder = named.resolve(RulePack.RUBRIC_FILE);
        if (exists(inFolder)) return inFolder;
        return exists(named) && !Files.isDirectory(named) ? named : null;
    }

    /** The text of {@code file}; null, and a diagnostic, when it cannot be read. */
    String read(Path file, Diagnostics diagnostics) {
        String text = openText(file);
        if (text != null) return text;
        return InputText.read(file, InputLimit.RUBRIC, diagnostics);
    }

    private boolean exists(Path file) {
        return openText(file) != null || Files.isRegularFile(file);
    }
}
