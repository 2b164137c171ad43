package vn.rubric.dsl.model;

import java.util.List;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.source.SourcePos;

/**
 * A rating class. A unit gets the first class whose minimum its total reaches and none
 * of whose bars hold. {@code min} is null for the fallback class ("otherwise").
 */
public record RatingClass(String name, Points min, List<Bar> barredIf, SourcePos pos) {

    /** A condition that keeps a unit out of this class, and why: the drafter's words, or the condition as written. */
    public record Bar(Expr when, String because, SourcePos pos) {}

    public boolean isFallback() {
        return min == null;
    }
}
