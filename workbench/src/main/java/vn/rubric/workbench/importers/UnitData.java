package vn.rubric.workbench.importers;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.score.Unit;

/**
 * Units typed for one rubric, in the order of the file, and the evidence fields that took
 * their default (in the rubric's order), with how many units each concerns.
 */
public record UnitData(Path file, List<Unit> units, List<DefaultedField> defaulted) {

    public static UnitData none(Path file) {
        return new UnitData(file, List.of(), List.of());
    }
}
