package vn.rubric.dsl.model;

import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.source.SourcePos;

/**
 * One tier of a pick-one item. {@code when} is null for the fallback ("otherwise") tier.
 * {@code label} is short, for rule names and reports; {@code text} is the sheet's wording.
 */
public record Tier(String label, String text, Expr when, Points points, SourcePos pos) {

    public boolean isFallback() {
        return when == null;
    }
}
