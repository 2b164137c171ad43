package vn.rubric.dsl.model;

import java.util.List;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.source.SourcePos;

/** How an item gets its points. */
public sealed interface Scoring {

    /**
     * "Chấm 1 trong 3": ordered tiers, the first whose condition holds gives the points.
     * {@code firstMatch}: the item says that tiers may overlap and the first one wins
     * ({@code first-match: true}); otherwise two tiers that fit one unit are an error.
     */
    record PickOne(List<Tier> tiers, boolean firstMatch) implements Scoring {

        /** Tiers meant to exclude each other, as a "chấm 1 trong 3" sheet reads. */
        public PickOne(List<Tier> tiers) {
            this(tiers, false);
        }
    }

    /** The appraisal team's share (0..1) of the item's points, rounded as stated. */
    record Assessed(String field, SourcePos fieldPos, Rounding rounding) implements Scoring {}

    /** Points from an expression over the evidence, clamped to [0, max] and rounded as stated. */
    record Formula(Expr expression, Rounding rounding) implements Scoring {}

    /**
     * Points given by a hand-written rule in the pack's rules/ folder. {@code reads} names the
     * evidence fields the rule reads, so the score sheet can show them.
     */
    record Drl(String file, SourcePos filePos, List<String> reads, SourcePos readsPos) implements Scoring {}
}
