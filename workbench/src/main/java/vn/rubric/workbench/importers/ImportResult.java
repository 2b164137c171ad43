package vn.rubric.workbench.importers;

import java.util.List;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.score.Unit;

/** A file read and typed for one rubric, with every problem found on the way. */
public record ImportResult(UnitData data, Diagnostics diagnostics) {

    public List<Unit> units() {
        return data.units();
    }
}
