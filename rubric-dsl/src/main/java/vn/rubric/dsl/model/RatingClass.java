package vn.rubric.dsl.model;

import java.util.List;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.source.SourcePos;

/**
 * A rating class. A unit gets the first class whose minimum its total reaches and none
 * of whose bars hold. {@code min} is null for the fallback class ("otherwise");
 * {@code quota} is null for a class with no cap.
 */
public record RatingClass(String name, Points min, List<Bar> barredIf, Quota quota, SourcePos pos) {

    /** A condition that keeps a unit out of this class, and why: the drafter's words, or the condition as written. */
    public record Bar(Expr when, String because, SourcePos pos) {}

    /**
     * A cap on the class over all units scored together: at most {@code percent} of them
     * (rounded down) keep it, ranked by total, then by the points of each criterion or
     * item in {@code tieBreak}, then by unit id. The others fall to the class they would
     * get without this one.
     */
    public record Quota(Points percent, List<String> tieBreak, List<SourcePos> tieBreakPos, String because, SourcePos pos) {}

    public boolean isFallback() {
        return min == null;
    }
}
