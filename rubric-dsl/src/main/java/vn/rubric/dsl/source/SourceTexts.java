package vn.rubric.dsl.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The text of the files a rubric was read from, to write its fixes as edits: read from disk,
 * or held in memory (an editor's buffer, a test). Null when a file's text is not known; its
 * fixes are then advice only.
 */
@FunctionalInterface
public interface SourceTexts {

    String text(Path file);

    /** The files as they are on disk now. */
    static SourceTexts disk() {
        return file -> {
            if (file == null) return null;
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        };
    }

    /** Texts given by file (an unsaved buffer); other files are unknown. */
    static SourceTexts of(Map<Path, String> texts) {
        return texts::get;
    }

    static SourceTexts of(Path file, String text) {
        return of(Map.of(file, text));
    }
}
