package vn.rubric.workbench.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user has selected in the studio: a pack (its folder), a file of it, a unit of its
 * data. Each may be absent (null); paths are absolute and inside the workspace's folder.
 */
public record Selection(Path pack, Path file, String unit) {

    public static final Selection NONE = new Selection(null, null, null);

    public Optional<Path> packFolder() {
        return Optional.ofNullable(pack);
    }

    public Optional<Path> selectedFile() {
        return Optional.ofNullable(file);
    }

    public Optional<String> selectedUnit() {
        return Optional.ofNullable(unit);
    }
}
