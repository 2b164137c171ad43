package vn.rubric.dsl.pack;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.compile.CompiledRubric;
import vn.rubric.dsl.model.Rubric;

/**
 * A regulation ready to run: its folder, the rubric, the DRL compiled from it, the
 * hand-written rules beside it, and its test files.
 */
public record RulePack(Path folder, Rubric rubric, CompiledRubric compiled, List<DrlFile> handWritten, List<Path> testFiles) {

    /** A hand-written .drl file of the pack, read as UTF-8. */
    public record DrlFile(Path path, String text) {}

    public static final String RUBRIC_FILE = "rubric.yaml";
    public static final String RULES_FOLDER = "rules";
    public static final String TESTS_FOLDER = "tests";
    public static final String DATA_FOLDER = "data";

    public String id() {
        return rubric.regulation().id();
    }
}
