package vn.rubric.dsl.change;

import java.util.List;
import vn.rubric.dsl.model.Rubric;

/**
 * What changed from a regulation to its draft, in the regulation's order: its identity,
 * parameters, evidence, then the sheet as it reads (criteria, their items, the items'
 * tiers; bonus; deductions), then the rating classes. Works alike on an amending pack (the
 * draft's effective text, with its list of changes for the citations) and on a full copy.
 *
 * <p>A parameter whose value changed is one change, the parameter's, saying what it moves;
 * points or a threshold written as that parameter on both sides are not listed again.
 * Titles and other texts carry the words removed and added. A rubric compared with itself
 * gives an empty list.
 */
public final class RegulationChanges {

    private RegulationChanges() {}

    public static List<RegulationChange> between(Rubric base, Rubric draft) {
        Found found = new Found();
        HeadChanges.compare(base, draft, found);
        new SheetChanges(base, draft, found).compare();
        RatingChanges.compare(base, draft, found);
        Citations citations = new Citations(base, draft);
        return found.list().stream().map(c -> c.citing(citations.of(c))).toList();
    }
}
