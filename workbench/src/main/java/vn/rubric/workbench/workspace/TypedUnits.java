package vn.rubric.workbench.workspace;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.simulate.MissingEvidence;

/**
 * A data file's units typed for one rubric, and the evidence the file lacked that the rubric
 * filled by default. {@code typedAs} names the file's state and the evidence it was typed by
 * (null when that cannot be told, e.g. a request body): units typed alike score alike.
 */
public record TypedUnits(Path file, List<Unit> units, List<MissingEvidence> missing, String typedAs) {}
