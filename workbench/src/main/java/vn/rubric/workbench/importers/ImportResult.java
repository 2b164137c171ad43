package vn.rubric.workbench.importers;

import java.util.List;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.rules.score.Unit;

public record ImportResult(List<Unit> units, Diagnostics diagnostics) {}
