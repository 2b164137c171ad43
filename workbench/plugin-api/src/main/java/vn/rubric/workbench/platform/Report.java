package vn.rubric.workbench.platform;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.MissingEvidence;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/** A result a reporter can write. */
public sealed interface Report {

    /** A short name for files written for this report, e.g. {@code diff-a-vs-b}. */
    String name();

    /**
     * A regulation's scoring sheet with no unit on it: what the decision prints as its appendix
     * (criteria, items, tiers, points, rating classes).
     */
    record Sheet(Rubric rubric) implements Report {
        public String name() {
            return "appendix-" + rubric.regulation().id();
        }
    }

    /** Explained score sheets, one per unit. */
    record Scores(Rubric rubric, List<ScoreSheet> sheets) implements Report {
        public String name() {
            return "score-" + rubric.regulation().id();
        }
    }

    /** A regulation applied to a population of units. */
    record Simulation(Rubric rubric, Path data, List<ScoreSheet> sheets, Summary summary, List<MissingEvidence> missing) implements Report {
        public String name() {
            return "simulate-" + rubric.regulation().id();
        }
    }

    /** What changed from a regulation to its draft, in the regulation's order, each change with its article. */
    record Changes(Rubric base, Rubric draft, List<RegulationChange> changes) implements Report {
        public String name() {
            return "changes-" + base.regulation().id() + "-vs-" + draft.regulation().id();
        }
    }

    /**
     * A draft beside the regulation in force on the same units: what changed in the regulation
     * (reports show it first), then what that does to the units. {@code missing} is what the data
     * lacked for each.
     */
    record Diff(Rubric base, Rubric draft, Path data, List<RegulationChange> changes, Comparison comparison,
                List<MissingEvidence> baseMissing, List<MissingEvidence> draftMissing) implements Report {
        public String name() {
            return "diff-" + base.regulation().id() + "-vs-" + draft.regulation().id();
        }
    }

    /** Class counts for each value of one parameter. */
    record SweepRun(Rubric rubric, Path data, Sweep sweep) implements Report {
        public String name() {
            return "sweep-" + rubric.regulation().id() + "-" + sweep.parameter();
        }
    }
}
