package vn.rubric.dsl.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.rubric.dsl.change.RegulationChange.Amount;
import vn.rubric.dsl.change.RegulationChange.Kind;
import vn.rubric.dsl.model.Amendment.Target;

/** The changes found so far, in the order they were found; a pair of equal values adds nothing. */
final class Found {

    private final List<RegulationChange> list = new ArrayList<>();

    void added(Target target, String key, Object after) {
        list.add(new RegulationChange(Kind.ADDED, target, key, null, after, List.of(), List.of(), null));
    }

    void removed(Target target, String key, Object before) {
        list.add(new RegulationChange(Kind.REMOVED, target, key, before, null, List.of(), List.of(), null));
    }

    /** A value that differs; values of the same type are compared as they are (numbers exactly: both come from the same kind of text). */
    void value(Target target, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) changed(target, key, before, after, List.of(), List.of());
    }

    /** A text reworded: the words removed and added, when neither side is absent. Spacing alone is no change. */
    void text(Target target, String key, String before, String after) {
        if (before == null || after == null) {
            value(target, key, before, after);
        } else if (!WordDiff.sameWords(before, after)) {
            changed(target, key, before, after, WordDiff.of(before, after), List.of());
        }
    }

    /**
     * Points or a threshold. Written as the same parameter on both sides, it did not change
     * here even if the parameter's value did: that is one change, the parameter's.
     */
    void amount(Target target, String key, Amount before, Amount after) {
        if (!sameAmount(before, after)) changed(target, key, before, after, List.of(), List.of());
    }

    /** A parameter whose value changed, with what that moves. */
    void parameterValue(Target target, double before, double after, List<Target> moves) {
        if (Double.compare(before, after) != 0) changed(target, "value", before, after, List.of(), moves);
    }

    private void changed(Target target, String key, Object before, Object after, List<WordDiff.Piece> words, List<Target> moves) {
        list.add(new RegulationChange(Kind.CHANGED, target, key, before, after, words, List.copyOf(moves), null));
    }

    static boolean sameAmount(Amount a, Amount b) {
        if (a == null || b == null) return a == b;
        if (a.parameter() != null || b.parameter() != null) return Objects.equals(a.parameter(), b.parameter());
        return Double.compare(a.value(), b.value()) == 0;
    }

    List<RegulationChange> list() {
        return List.copyOf(list);
    }
}
