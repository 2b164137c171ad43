package vn.rubric.workbench.views;

import java.nio.file.Path;
import java.util.Optional;
import vn.rubric.workbench.platform.ViewContext;

/**
 * The data file Impact and Unit sheet compare a draft on: the one chosen in Impact's data
 * chooser ({@code data=}, a path inside the folder) when it is one of the folder's data
 * files, else the workspace's default (last year's units). A path that is not one of them is
 * not read: the default is used.
 */
final class ChosenData {

    static final String PARAM = "data";

    private ChosenData() {}

    static Optional<Path> of(ViewContext context, Path draft) {
        String asked = context.query().get(PARAM);
        if (asked != null && !asked.isBlank()) {
            Path folder = context.workspace().folder();
            // only one of the folder's data files is read, so ".." cannot reach a file outside it
            Path p = folder.resolve(asked).toAbsolutePath().normalize();
            if (context.workspace().dataFiles().contains(p)) return Optional.of(p);
        }
        return context.workspace().comparisonData(draft);
    }

    /** The path as the chooser names it: relative to the folder, with forward slashes. */
    static String name(ViewContext context, Path data) {
        return context.workspace().folder().relativize(data).toString().replace('\\', '/');
    }
}
