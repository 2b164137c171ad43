package vn.rubric.workbench.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.rubric.dsl.pack.RulePack;

/**
 * The workspace as views see it: the packs of the studio's folder and the analyses they
 * show, each read with the editors' unsaved texts. The workbench's {@code Workspace} is
 * adapted to it; a view computes nothing the workspace does not.
 */
public interface WorkspaceAccess {

    /** The folder the studio works in; every path handed out is inside it. */
    Path folder();

    /** A file as a view shows it and a request names it: relative to {@link #folder()} with '/', or as it is when outside. */
    default String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(folder()) ? folder().relativize(abs).toString().replace('\\', '/') : file.toString();
    }

    /** The packs under the folder (folders holding a rubric.yaml). */
    List<Path> packs();

    /** The pack loaded, validated and compiled (no rule engine). */
    Analysis<RulePack> load(Path pack);

    /** Everything {@code rubric validate} checks (the rules built too), for the Problems list. */
    Analysis<RulePack> validate(Path pack);

    /** The pack's units scored on {@code data} (null: the pack's own data file); {@code unit}: one, or null for all. */
    Analysis<Report.Scores> score(Path pack, Path data, String unit);

    /** The folder of the regulation an amending pack amends (empty for a pack written whole). */
    Optional<Path> amended(Path pack);

    /** The data file {@link #compare} runs a draft on: the draft's own when it has one, else the regulation's. */
    Optional<Path> comparisonData(Path draft);

    /** What an amending pack changes in the regulation it amends (an input failure for a pack that amends none). */
    Analysis<Report.Changes> changes(Path draft);

    /** An amending pack beside the regulation it amends, on that regulation's data. */
    Analysis<Report.Diff> compare(Path draft);

    /** The pack's test cases (and an amending pack's base cases), as they ran. */
    Analysis<List<TestResult>> tests(Path pack);

    /**
     * The plugin registry the workspace runs on: every plugin found (the disabled ones with why)
     * and what each contributes, as {@code rubric plugins} lists it. Default: an empty one.
     */
    default Registry registry() {
        return new Registry(List.of(), java.util.Map.of(), List.of());
    }
}
