package vn.rubric.dsl.change;

import java.util.List;
import vn.rubric.dsl.model.Amendment;

/**
 * One difference between a regulation and its draft, as a report lists it.
 *
 * <p>{@code target} says what changed, in the terms an amending pack aims its changes with
 * (a criterion, an item, a tier of an item, a parameter, an evidence field, a rating class,
 * the bonus or deductions section, the regulation itself). {@code key} is the rubric key
 * that changed ({@code points}, {@code when}, {@code title}, {@code max}, {@code min},
 * {@code barred-if}, {@code quota}, {@code quota.at-most-percent}, ...), or null when the
 * target itself was added or removed.
 *
 * <p>{@code before} and {@code after} are what a report prints (null where there is none):
 * a {@link String}, a {@link Double}, a {@link Boolean}, an {@link Amount} (points or a
 * threshold, written as a number or a parameter), a {@link TierRule} (an added or removed
 * tier), a {@link Method} (how an item is scored) or a {@link vn.rubric.dsl.model.Rounding}.
 * {@code words} is the word-level difference of a reworded text (empty otherwise);
 * {@code moves} what a changed parameter value moves (the tiers, items and classes that use
 * it); {@code cite} the article of the amending decision that makes the change, where the
 * draft gives one.
 */
public record RegulationChange(Kind kind, Amendment.Target target, String key, Object before, Object after,
                               List<WordDiff.Piece> words, List<Amendment.Target> moves, String cite) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** Points or a threshold: the value it has, and the parameter it is written as (null when written as a number). */
    public record Amount(double value, String parameter) {}

    /** A tier as a line of the sheet reads it: its condition as written (null: "otherwise") and its points. */
    public record TierRule(String label, String when, Amount points) {}

    /**
     * How an item is scored: the rubric key that says it ({@code pick-one}, {@code assessed},
     * {@code formula}, {@code rule}) and what follows it (the assessed field, the formula as
     * written, the rule file; null for pick-one, whose tiers are listed on their own).
     */
    public record Method(String kind, String text) {}

    /** The top-level key a change is made under: {@code quota} for {@code quota.tie-break}. */
    public String topKey() {
        if (key == null) return null;
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    RegulationChange citing(String article) {
        return new RegulationChange(kind, target, key, before, after, words, moves, article);
    }
}
