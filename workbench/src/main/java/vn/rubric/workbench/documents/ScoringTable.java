package vn.rubric.workbench.documents;

import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/**
 * A regulation's scoring table as a province's Word or Excel sheet writes it: criteria, their
 * items, the tiers of an item that is scored one of several ways ("chấm 1 trong 3"), and the
 * rating classes when the document has a table of them. Every part keeps the cell it was read
 * from. What the sheet cannot say (the condition of a tier, of a bar) the pack leaves to decide.
 */
public record ScoringTable(String title, List<Criterion> criteria, Double total, List<RatingClass> rating) {

    public record Criterion(String id, String title, double max, List<Item> items, SourcePos at) {}

    public record Item(String id, String title, double max, List<Tier> tiers, SourcePos at) {}

    /** A tier: the sheet's wording and its points. */
    public record Tier(String text, double points, SourcePos at) {}

    /** A rating class: its name, the lowest total that reaches it (null: every other case), and the wording of each bar. */
    public record RatingClass(String name, Double min, List<String> bars, SourcePos at) {}

    public int items() {
        return criteria.stream().mapToInt(c -> c.items().size()).sum();
    }

    public int tiers() {
        return criteria.stream().flatMap(c -> c.items().stream()).mapToInt(i -> i.tiers().size()).sum();
    }

    /** The conditions the drafter still has to write: one per tier and one per bar of a class. */
    public int undecided() {
        return tiers() + rating.stream().mapToInt(r -> r.bars().size()).sum();
    }
}
